import { describe, expect, it } from "vitest";
import { validateEntry, type EntryContext } from "./validate-entry";

const context: EntryContext = {
  kpi: { code: "KPI-WZG", unit: "percent", decimals: 1, kind: "level", frequency: "year" },
  history: [
    { period: "2017", value: 73 },
    { period: "2018", value: 74.6 },
    { period: "2019", value: 75.5 },
    { period: "2020", value: 74.7 },
  ],
  revising: false,
  today: "2026-12-02",
  locale: "nl",
};
const draft = { period: "2023", value: "77,1", comment: "", reason: "" };

describe("validateEntry", () => {
  it("accepts a value typed the Dutch way", () => {
    expect(validateEntry(draft, context)).toEqual({ value: 77.1, period: "2023", issues: {} });
  });

  it("reads a quarter in local notation for a quarterly series", () => {
    const quarterly = { ...context, kpi: { ...context.kpi, frequency: "quarter" } };
    expect(validateEntry({ ...draft, period: "K2 2025" }, quarterly).period).toBe("2025-Q2");
  });

  it("names the field of each problem: period, range, decimals", () => {
    expect(validateEntry({ ...draft, period: "2023-Q1" }, context).issues["period"]).toEqual({
      key: "period.expects.year",
      params: { kpi: "KPI-WZG", example: "2025" },
    });
    expect(validateEntry({ ...draft, period: "2050" }, context).issues["period"]?.key).toBe("period.notStarted");
    expect(validateEntry({ ...draft, value: "177" }, context).issues["value"]?.key).toBe("measurement.percentRange");
    expect(validateEntry({ ...draft, value: "77,123" }, context).issues["value"]).toEqual({
      key: "measurement.tooManyDecimalsOne",
    });
    expect(validateEntry({ ...draft, value: "" }, context).issues["value"]?.key).toBe("entry.valueRequired");
  });

  it("wants a source to submit, not to save a draft", () => {
    expect(validateEntry(draft, { ...context, workflow: "submitted" }).issues["source"]?.key).toBe(
      "measurement.sourceRequired",
    );
    expect(validateEntry({ ...draft, source: "Statbel" }, { ...context, workflow: "submitted" }).issues).toEqual({});
    expect(validateEntry(draft, { ...context, workflow: "draft" }).issues).toEqual({});
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
