import { describe, expect, it } from "vitest";
import { recordMeasurementSchema } from "./schemas.js";
import { planInputSchema } from "./schemas-structure.js";
import { hasForbiddenCharacters } from "./text-rules.js";

describe("the text rule", () => {
  it("refuses NUL and the other control characters in one-line text and codes", () => {
    for (const c of ["\u0000", "\u0007", "\t", "\n", "\r", "\u001b", "\u007f", "\u0085", "\u009f"])
      expect(hasForbiddenCharacters(`a${c}b`), JSON.stringify(c)).toBe(true);
    expect(hasForbiddenCharacters("Werkzaamheidsgraad 20–64 jaar (%) — é ü ç €")).toBe(false);
  });

  it("lets multi-line text keep line breaks and tabs, and nothing else invisible", () => {
    expect(hasForbiddenCharacters("regel 1\r\nregel 2\tmet tab", "multiLine")).toBe(false);
    expect(hasForbiddenCharacters("nul\u0000byte", "multiLine")).toBe(true);
    expect(hasForbiddenCharacters("bel\u0007", "multiLine")).toBe(true);
  });

  it("is a translated field error in the shared schemas", () => {
    const result = recordMeasurementSchema.safeParse({
      kpi: "KPI\u0000",
      period: "2020",
      value: 1,
      comment: "a\u0000",
    });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["kpi", "text.controlCharacter"],
      ["comment", "text.controlCharacter"],
    ]);
    expect(
      planInputSchema.safeParse({ code: "P", titleNl: "a\nb", titleEn: "x", descriptionNl: "a\nb" }).error?.issues,
    ).toMatchObject([{ path: ["titleNl"], message: "text.controlCharacter" }]);
  });

  it("bounds numbers by their column, with the digits in the message's parameters", () => {
    const result = recordMeasurementSchema.safeParse({
      kpi: "KPI-X",
      period: "2020",
      value: 1e14,
      numerator: 1e18,
      envelope: 1e18,
      expectedVersion: 2 ** 31,
    });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual([
      "value",
      "expectedVersion",
      "numerator",
      "envelope",
    ]);
    expect(result.error?.issues[0]).toMatchObject({ message: "number.tooLarge", params: { digits: 14 } });
  });
});
