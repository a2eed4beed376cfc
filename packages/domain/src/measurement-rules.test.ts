import { describe, expect, it } from "vitest";
import { checkMeasurementValue, isOutlier } from "./measurement-rules.js";

const percent = { unit: "percent" as const, decimals: 1, kind: "level" as const };
const count = { unit: "count" as const, decimals: 0, kind: "count" as const };

describe("checkMeasurementValue", () => {
  it("accepts a value in range with the KPI's decimals", () => {
    expect(checkMeasurementValue(percent, 77.1)).toEqual([]);
    expect(checkMeasurementValue(count, 195989)).toEqual([]);
  });

  it("names every problem", () => {
    expect(checkMeasurementValue(percent, 101.25).map((i) => i.messageKey)).toEqual([
      "measurement.percentRange",
      "measurement.tooManyDecimalsOne",
    ]);
    expect(checkMeasurementValue(count, -3.5).map((i) => i.messageKey)).toEqual([
      "measurement.negative",
      "measurement.wholeNumber",
    ]);
    expect(checkMeasurementValue(percent, Number.NaN)).toEqual([
      { field: "value", messageKey: "measurement.notANumber" },
    ]);
  });

  it("says how many decimals in a grammatical sentence: none, one or several", async () => {
    const { message } = await import("./messages/index.js");
    const say = (decimals: number, value: number) => {
      const issue = checkMeasurementValue({ ...percent, decimals }, value)[0]!;
      return [message("nl", issue.messageKey, issue.params), message("en", issue.messageKey, issue.params)];
    };
    expect(say(0, 7.5)).toEqual([
      "Vul een geheel getal in, zonder decimalen.",
      "Enter a whole number, without decimals.",
    ]);
    expect(say(1, 7.25)).toEqual(["Gebruik hoogstens 1 decimaal.", "Use at most 1 decimal."]);
    expect(say(2, 7.125)).toEqual(["Gebruik hoogstens 2 decimalen.", "Use at most 2 decimals."]);
  });

  it("wants both parts of a ratio and a positive denominator", () => {
    const ratio = { unit: "percent" as const, decimals: 1, kind: "ratio" as const };
    expect(checkMeasurementValue(ratio, 50, { numerator: 5 }).map((i) => i.field)).toEqual(["denominator"]);
    expect(checkMeasurementValue(ratio, 50, { numerator: 5, denominator: 0 }).map((i) => i.messageKey)).toEqual([
      "measurement.denominatorPositive",
    ]);
  });
});

describe("isOutlier", () => {
  const employment = [67.3, 73, 74.6, 75.5, 74.7, 76.4];
  it("accepts a plausible next value and flags a typo", () => {
    expect(isOutlier(employment, 77.1)).toBe(false);
    expect(isOutlier(employment, 7.71)).toBe(true);
    expect(isOutlier(employment, 97.1)).toBe(true);
  });

  it("needs three earlier values", () => {
    expect(isOutlier([50, 51], 500)).toBe(false);
  });
});
