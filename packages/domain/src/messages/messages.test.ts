import { describe, expect, it } from "vitest";
import { fill, flatten, placeholders, type Catalogue } from "./catalogue.js";
import { isMessageKey, message, messages } from "./index.js";

describe("the domain's message catalogue", () => {
  it("has exactly the same keys in Dutch and English", () => {
    expect([...flatten(messages.en).keys()].sort()).toEqual([...flatten(messages.nl).keys()].sort());
  });

  it("asks for the same placeholders in both languages", () => {
    const en = flatten(messages.en);
    const differing = [...flatten(messages.nl)].filter(([key, nl]) => {
      return placeholders(nl).join() !== placeholders(en.get(key)!).join();
    });
    expect(differing).toEqual([]);
  });

  it("fills placeholders and leaves an absent one visible", () => {
    expect(message("nl", "period.invalid", { period: "2019-Q5" })).toBe(
      "Periode 2019-Q5 is ongeldig: gebruik 2019, 2019-Q3, 2019-09 of 2019-2020.",
    );
    expect(message("en", "kpi.notFound", { code: "KPI-001" })).toBe("Indicator KPI-001 does not exist.");
    expect(fill("Plan {{code}} bestaat niet.")).toBe("Plan {{code}} bestaat niet.");
  });

  it("knows its keys at run time, for keys that arrive as strings", () => {
    expect(isMessageKey("plan.notFound")).toBe(true);
    expect(isMessageKey("plan")).toBe(false);
    expect(isMessageKey("plan.unknown")).toBe(false);
  });

  it("makes an unknown key or a missing translation a type error (checked by pnpm typecheck)", () => {
    // @ts-expect-error: not a key of the catalogue
    expect(message("nl", "plan.unknown")).toBe("plan.unknown");
    // @ts-expect-error: a translation must have every key of its source
    const partial: Catalogue<{ a: "A"; b: { c: "C" } }> = { a: "a" };
    expect(partial.a).toBe("a");
  });
});
