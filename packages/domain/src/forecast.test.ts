import { describe, expect, it } from "vitest";
import { forecast, linearTrend, projectTrend } from "./forecast.js";

const employment = [
  { period: "2018", value: 74.6 },
  { period: "2019", value: 75.5 },
  { period: "2020", value: 74.7 },
  { period: "2021", value: 75.3 },
  { period: "2022", value: 76.4 },
];

describe("linearTrend", () => {
  it("fits an exact line exactly, with no residual error", () => {
    const trend = linearTrend([
      { period: "2018", value: 10 },
      { period: "2019", value: 12 },
      { period: "2020", value: 14 },
    ])!;
    expect(trend.slope).toBeCloseTo(2, 10);
    expect(trend.residualError).toBeCloseTo(0, 10);
    expect(projectTrend(trend, 2025.5).value).toBeCloseTo(24, 10);
  });

  it("uses only the last N points", () => {
    const trend = linearTrend([{ period: "2010", value: 0 }, ...employment], { lastN: 5 })!;
    expect(trend.points).toBe(5);
  });

  it("weights recent points more when time-weighted", () => {
    const series = [
      { period: "2018", value: 10 },
      { period: "2019", value: 10 },
      { period: "2020", value: 10 },
      { period: "2021", value: 13 },
    ];
    expect(linearTrend(series, { timeWeighted: true })!.slope).toBeGreaterThan(linearTrend(series)!.slope);
  });

  it("needs two distinct periods", () => {
    expect(linearTrend([{ period: "2018", value: 1 }])).toBeUndefined();
  });
});

describe("forecast", () => {
  it("projects the employment rate to 2030 with a band, and compares required with observed pace", () => {
    const f = forecast({
      observations: employment,
      direction: "higher_is_better",
      target: { period: "2030", value: 80 },
    })!;
    expect(f.observedPacePerYear).toBeCloseTo(0.34, 10); // least squares over 2018-2022: 3,4 / 10
    expect(f.requiredPacePerYear).toBeCloseTo((80 - 76.4) / 8, 10);
    expect(f.projectedAtTarget!.value).toBeCloseTo(75.3 + 0.34 * 10, 10); // mean 75,3 at mid-2020
    expect(f.projectedAtTarget!.low).toBeLessThan(f.projectedAtTarget!.value);
    expect(f.projectedAtTarget!.high).toBeGreaterThan(f.projectedAtTarget!.value);
    expect(f.path.map((p) => p.period)).toEqual(["2023", "2024", "2025", "2026", "2027", "2028", "2029", "2030"]);
    expect(f.reachedIn).toBe("2034");
  });

  it("says the target is not reached on the current trend when the trend moves away", () => {
    const falling = [
      { period: "2017", value: 77 },
      { period: "2018", value: 76 },
      { period: "2019", value: 75 },
      { period: "2020", value: 74 },
    ];
    expect(
      forecast({ observations: falling, direction: "higher_is_better", target: { period: "2030", value: 80 } })!
        .reachedIn,
    ).toBeNull();
  });

  it("gives no forecast from fewer than four values: three points make a line, not a trend", () => {
    const three = [
      { period: "2018", value: 1 },
      { period: "2019", value: 2 },
      { period: "2020", value: 3 },
    ];
    expect(forecast({ observations: three, direction: "higher_is_better" })).toBeUndefined();
    expect(
      forecast({ observations: [...three, { period: "2021", value: 4 }], direction: "higher_is_better" }),
    ).toBeDefined();
  });

  it("reports the latest period when the target is already met", () => {
    expect(
      forecast({ observations: employment, direction: "higher_is_better", target: { period: "2030", value: 70 } })!
        .reachedIn,
    ).toBe("2022");
  });

  it("constant growth compounds the observed rate", () => {
    const series = [
      { period: "2014", value: 100 / 1.21 / 1.21 },
      { period: "2016", value: 100 / 1.21 },
      { period: "2018", value: 100 },
      { period: "2020", value: 121 },
    ];
    const f = forecast({
      observations: series,
      direction: "higher_is_better",
      method: "growth",
      target: { period: "2022", value: 150 },
    })!;
    // (121 / (100 / 1,21²)) over six years: 10 % a year.
    expect(f.growthRate).toBeCloseTo(0.1, 10);
    expect(f.projectedAtTarget!.value).toBeCloseTo(146.41, 2);
    expect(f.reachedIn).toBe("2023");
  });

  it("lower is better: a falling count reaches a lower target", () => {
    const jobseekers = [
      { period: "2017", value: 210 },
      { period: "2018", value: 200 },
      { period: "2019", value: 190 },
      { period: "2020", value: 180 },
    ];
    expect(
      forecast({ observations: jobseekers, direction: "lower_is_better", target: { period: "2025", value: 150 } })!
        .reachedIn,
    ).toBe("2023");
  });
});
