import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { hasMessage, pickLocale, translate } from "./i18n.js";

const packagesDir = fileURLToPath(new URL("../../", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" || e.name === "generated" ? [] : sourceFiles(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("server messages", () => {
  it("exist in Dutch and English for every DomainError the code can throw", () => {
    const keys = new Set<string>();
    for (const file of [
      ...sourceFiles(join(packagesDir, "domain/src")),
      ...sourceFiles(join(packagesDir, "api/src")),
    ]) {
      for (const match of readFileSync(file, "utf8").matchAll(/new DomainError\(\s*"[A-Z_]+",\s*"([\w.]+)"/g))
        keys.add(match[1]!);
    }
    expect(keys.size).toBeGreaterThan(5);
    expect([...keys].filter((key) => !hasMessage(key))).toEqual([]);
  });

  it("fill in their parameters", () => {
    expect(translate("nl", "period.invalid", { period: "2019-Q5" })).toBe(
      "Periode 2019-Q5 is ongeldig: gebruik 2019, 2019-Q3, 2019-09 of 2019-2020.",
    );
  });

  it("are Dutch unless English is asked for", () => {
    expect(pickLocale(undefined, undefined)).toBe("nl");
    expect(pickLocale(undefined, "fr-BE,fr;q=0.9")).toBe("nl");
    expect(pickLocale(undefined, "en-US,en;q=0.9")).toBe("en");
    expect(pickLocale("nl", "en")).toBe("nl");
  });
});
