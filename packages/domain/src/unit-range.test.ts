import { describe, expect, it } from "vitest";
import { DomainError } from "./errors.js";
import { checkMeasurementValue } from "./measurement-rules.js";
import { assertUnitRange, unitRangeIssue, unitRangeIssues } from "./unit-range.js";

describe("unitRangeIssue", () => {
  it("keeps a percentage between 0 and 100, both ends included", () => {
    expect(unitRangeIssue({ unit: "percent" }, 0)).toBeUndefined();
    expect(unitRangeIssue({ unit: "percent" }, 100)).toBeUndefined();
    expect(unitRangeIssue({ unit: "percent" }, 150)).toBe("measurement.percentRange");
    expect(unitRangeIssue({ unit: "percent" }, -10)).toBe("measurement.percentRange");
  });

  it.each(["count", "eur", "hours", "days", "months"] as const)("refuses a negative %s", (unit) => {
    expect(unitRangeIssue({ unit }, -1)).toBe("measurement.negative");
    expect(unitRangeIssue({ unit }, 0)).toBeUndefined();
  });

  it("refuses a negative value of a count KPI whatever its unit", () => {
    expect(unitRangeIssue({ unit: "unspecified", kind: "count" }, -1)).toBe("measurement.negative");
  });

  it.each(["ratio", "index", "unspecified"] as const)("leaves a %s unbounded", (unit) => {
    expect(unitRangeIssue({ unit, kind: "level" }, -5)).toBeUndefined();
    expect(unitRangeIssue({ unit, kind: "level" }, 1e6)).toBeUndefined();
  });
});

describe("assertUnitRange", () => {
  it("names every value out of range, and refuses with the first one's message", () => {
    const values = [
      { field: "baseline.value", value: 50 },
      { field: "targets.0.value", value: 150 },
      { field: "targets.1.value", value: -10 },
    ];
    expect(unitRangeIssues({ unit: "percent" }, values)).toEqual([
      { field: "targets.0.value", messageKey: "measurement.percentRange" },
      { field: "targets.1.value", messageKey: "measurement.percentRange" },
    ]);
    expect(() => assertUnitRange({ unit: "percent" }, values)).toThrow(DomainError);
    expect(() => assertUnitRange({ unit: "percent" }, values.slice(0, 1))).not.toThrow();
  });

  it("is the rule measurement entry applies too", () => {
    const kpi = { unit: "hours" as const, decimals: 1, kind: "level" as const };
    expect(checkMeasurementValue(kpi, -2).map((i) => i.messageKey)).toEqual([unitRangeIssue(kpi, -2)]);
  });
});
