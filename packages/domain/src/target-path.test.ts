import { describe, expect, it } from "vitest";
import { assessProgress } from "./assess/index.js";
import { plannedBand, plannedValue } from "./target-path.js";

const path = {
  baseline: { period: "2018", value: 74.6 },
  targets: [
    { period: "2030", value: 80, source: "Regeerakkoord 2019-2024" },
    { period: "2020", value: 76, source: "Pact 2020" },
  ],
  tolerance: 0.5,
};

describe("target paths", () => {
  it("interpolate linearly from the baseline through each target, in time order", () => {
    expect(plannedValue(path, "2018")).toBeCloseTo(74.6, 10);
    expect(plannedValue(path, "2019")).toBeCloseTo(75.3, 10);
    expect(plannedValue(path, "2020")).toBeCloseTo(76, 10);
    expect(plannedValue(path, "2025")).toBeCloseTo(78, 10);
    expect(plannedValue(path, "2017")).toBeUndefined();
  });

  it("hold the previous value until each target date under step interpolation", () => {
    const step = { ...path, interpolation: "step" as const };
    expect(plannedValue(step, "2019")).toBe(74.6);
    expect(plannedValue(step, "2020")).toBe(76);
    expect(plannedValue(step, "2029")).toBe(76);
  });

  it("give the planned path with its tolerance band for charts", () => {
    expect(plannedBand(path, ["2017", "2019"])).toEqual([
      {
        period: "2019",
        planned: expect.closeTo(75.3, 10),
        low: expect.closeTo(74.8, 10),
        high: expect.closeTo(75.8, 10),
      },
    ]);
  });

  it("refuse two targets for one period and a target before the baseline", () => {
    expect(() =>
      plannedValue(
        {
          targets: [
            { period: "2020", value: 1 },
            { period: "2020", value: 2 },
          ],
        },
        "2020",
      ),
    ).toThrow(/duplicatePeriod/);
    expect(() =>
      plannedValue({ baseline: { period: "2020", value: 1 }, targets: [{ period: "2019", value: 2 }] }, "2020"),
    ).toThrow(/beforeBaseline/);
  });

  it("an assessment with missing periods uses the latest value there is", () => {
    const r = assessProgress({
      direction: "higher_is_better",
      targetPath: path,
      observations: [
        { period: "2018", value: 74.6 },
        { period: "2022", value: 76.4 },
      ],
    });
    expect(r.latest).toEqual({ period: "2022", value: 76.4 });
    expect(r.target?.period).toBe("2030");
  });
});
