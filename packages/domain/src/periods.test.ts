import { describe, expect, it } from "vitest";
import { DomainError } from "./errors.js";
import { comparePeriods, parsePeriod, toIsoDate } from "./periods.js";

const range = (key: string): [string, string] => {
  const p = parsePeriod(key);
  return [toIsoDate(p.start), toIsoDate(p.end)];
};

describe("parsePeriod", () => {
  it("turns each period key into its calendar range", () => {
    expect(range("2019")).toEqual(["2019-01-01", "2019-12-31"]);
    expect(range("2019-Q3")).toEqual(["2019-07-01", "2019-09-30"]);
    expect(range("2020-02")).toEqual(["2020-02-01", "2020-02-29"]);
    expect(range("2019-2020")).toEqual(["2019-09-01", "2020-08-31"]);
  });

  it("names the frequency of each key", () => {
    expect(["2019", "2019-Q1", "2019-01", "2019-2020"].map((k) => parsePeriod(k).frequency)).toEqual([
      "YEAR",
      "QUARTER",
      "MONTH",
      "SCHOOL_YEAR",
    ]);
  });

  it.each(["2019-Q5", "2019-13", "2019-00", "2019-2021", "19", "2019-", "2019 ", ""])(
    "rejects %j with a DomainError",
    (key) => {
      expect(() => parsePeriod(key)).toThrow(DomainError);
    },
  );
});

describe("comparePeriods", () => {
  it("orders mixed frequencies by the end of each period", () => {
    const sorted = ["2020", "2019-Q4", "2019-2020", "2019", "2019-03"].sort(comparePeriods);
    expect(sorted).toEqual(["2019-03", "2019-Q4", "2019", "2019-2020", "2020"]);
  });
});
