import { STATUSES } from "@boordtabel/domain";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { placeholders } from "@boordtabel/domain";
import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import en from "./en.json";
import nl from "./nl.json";

const SRC = fileURLToPath(new URL("..", import.meta.url));

function texts(tree: object, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === "object" && value !== null
      ? texts(value as object, `${prefix}${key}.`)
      : [[`${prefix}${key}`, String(value)]],
  );
}

const leaves = (tree: object): string[] => texts(tree).map(([key]) => key);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });
}

/** i18next plural keys (`count_one`, `count_other`) are used as `count`. */
const base = (key: string) => key.replace(/_(one|other)$/, "");

describe("translations", () => {
  it("has the same keys in Dutch and English", () => {
    expect(leaves(en).sort()).toEqual(leaves(nl).sort());
  });

  it("asks for the same {{placeholders}} in Dutch and English", () => {
    const english = new Map(texts(en));
    const differing = texts(nl).filter(([key, dutch]) => {
      return placeholders(dutch).join() !== placeholders(english.get(key) ?? "").join();
    });
    expect(differing).toEqual([]);
  });

  it("has a Dutch text for every literal key the code asks for", () => {
    const known = new Set(leaves(nl).map(base));
    const used = sources(SRC).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/\bt\(\s*"([a-zA-Z0-9_.]+)"/g)].map((m) => m[1]!),
    );
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((key) => !known.has(key))).toEqual([]);
  });

  it("names every status, workflow state, method, direction and note kind the API returns", () => {
    const known = new Set(leaves(nl));
    const expected = [
      ...STATUSES.map((s) => `status.${s}`),
      ...["provisional", "final", "estimate"].map((s) => `valueStatus.${s}`),
      ...["draft", "submitted", "validated"].map((s) => `workflow.${s}`),
      ...["trajectory", "opensdg", "unsd"].map((s) => `method.${s}`),
      ...["higher_is_better", "lower_is_better"].map((s) => `direction.${s}`),
      ...["year", "school_year", "quarter", "month"].map((s) => `frequency.${s}`),
      "notes.kind.comment",
      "notes.kind.reservation",
      "notes.state.open",
      "notes.state.resolved",
    ];
    expect(expected.filter((key) => !known.has(key))).toEqual([]);
  });

  it("makes an unknown key a type error (checked by pnpm typecheck)", () => {
    const known = (t: TFunction) => t("downloads.title");
    // @ts-expect-error: not a key of nl.json
    const unknown = (t: TFunction) => t("downloads.unknown");
    expect([known, unknown]).toHaveLength(2);
  });
});
