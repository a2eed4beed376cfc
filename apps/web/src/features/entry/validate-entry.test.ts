import { describe, expect, it } from "vitest";
import { validateEntry, type EntryContext } from "./validate-entry";

const context: EntryContext = {
  kpi: { unit: "percent", decimals: 1, kind: "level", frequency: "year" },
  history: [
    { period: "2017", value: 73 },
    { period: "2018", value: 74.6 },
    { period: "2019", value: 75.5 },
    { period: "2020", value: 74.7 },
  ],
  revising: false,
};
const draft = { period: "2023", value: "77,1", comment: "", reason: "" };

describe("validateEntry", () => {
  it("accepts a value typed the Dutch way", () => {
    expect(validateEntry(draft, context)).toEqual({ value: 77.1, issues: {} });
  });

  it("names the field of each problem: period, range, decimals", () => {
    expect(validateEntry({ ...draft, period: "2023-Q5" }, context).issues["period"]?.key).toBe("period.invalidFormat");
    expect(validateEntry({ ...draft, period: "2023-Q1" }, context).issues["period"]?.key).toBe("entry.wrongFrequency");
    expect(validateEntry({ ...draft, value: "177" }, context).issues["value"]?.key).toBe("measurement.percentRange");
    expect(validateEntry({ ...draft, value: "77,123" }, context).issues["value"]).toEqual({
      key: "measurement.tooManyDecimals",
      params: { decimals: 1 },
    });
    expect(validateEntry({ ...draft, value: "" }, context).issues["value"]?.key).toBe("entry.valueRequired");
  });

  it("asks for a comment on an outlier and a reason on a revision", () => {
    expect(validateEntry({ ...draft, value: "95" }, context).issues["comment"]?.key).toBe(
      "measurement.outlierNeedsComment",
    );
    expect(validateEntry({ ...draft, value: "95", comment: "Nieuwe definitie" }, context).issues).toEqual({});
    expect(validateEntry(draft, { ...context, revising: true }).issues["reason"]?.key).toBe(
      "measurement.reasonRequired",
    );
  });
});
