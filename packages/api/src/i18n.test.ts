import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isMessageKey, message, pickLocale } from "./i18n.js";

const packagesDir = fileURLToPath(new URL("../../", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" || e.name === "generated" ? [] : sourceFiles(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("server messages", () => {
  // DomainError keys are typed; the keys the zod schemas give as messages are plain strings.
  it("exist for every key a schema gives as its message", () => {
    const keys = new Set<string>();
    for (const file of [
      ...sourceFiles(join(packagesDir, "domain/src")),
      ...sourceFiles(join(packagesDir, "api/src")),
    ]) {
      for (const match of readFileSync(file, "utf8").matchAll(/\bmessage: "([\w.]+)"/g)) keys.add(match[1]!);
    }
    expect(keys.size).toBeGreaterThan(3);
    expect([...keys].filter((key) => !isMessageKey(key))).toEqual([]);
  });

  it("fill in their parameters", () => {
    expect(message("nl", "period.invalid", { period: "2019-Q5" })).toBe(
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
