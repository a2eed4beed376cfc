import { describe, expect, it } from "vitest";
import { assessProgress, limitFactor, openSdgScore } from "./index.js";

const series = (values: [string, number][]) => values.map(([period, value]) => ({ period, value }));

describe("Open SDG score (method 2), the published anchor points", () => {
  it.each([
    [0.6, 0],
    [0.95, 2.5],
    [1.3, 5],
    [2, 5],
    [0, -2.5],
    [-0.6, -5],
    [-3, -5],
  ])("R = %s scores %s", (ratio, score) => {
    expect(openSdgScore(ratio)).toBeCloseTo(score, 3);
  });
});

describe("Open SDG with a target (method 2)", () => {
  const path = { baseline: { period: "2015", value: 50 }, targets: [{ period: "2030", value: 80 }] };

  it("R = observed CAGR / required CAGR: 50 → 55 in five years towards 80 in 2030 is moderate progress", () => {
    const r = assessProgress({
      method: "opensdg",
      direction: "higher_is_better",
      targetPath: path,
      observations: series([
        ["2015", 50],
        ["2020", 55],
      ]),
    });
    expect(r.components["cagrObserved"]).toBeCloseTo(0.019245, 5);
    expect(r.components["cagrRequired"]).toBeCloseTo(0.03183, 5);
    expect(r.ratio).toBeCloseTo(0.6046, 4);
    expect(r).toMatchObject({ status: "AT_RISK", label: "moderate_progress" });
    expect(r.score).toBeCloseTo(0.033, 3);
    expect(r.summary.en).toBe(
      "55 in 2020; growth is 60% of what is needed for 80 for 2030: progress made but acceleration needed.",
    );
  });

  it("a target reached is target_achieved with score 5", () => {
    const r = assessProgress({
      method: "opensdg",
      direction: "higher_is_better",
      targetPath: path,
      observations: series([
        ["2015", 50],
        ["2024", 81],
      ]),
    });
    expect(r).toMatchObject({ status: "ACHIEVED", label: "target_achieved", score: 5 });
  });

  it("lower is better mirrors: 20 → 17 towards 10 is R ≈ 0,708", () => {
    const r = assessProgress({
      method: "opensdg",
      direction: "lower_is_better",
      targetPath: { baseline: { period: "2015", value: 20 }, targets: [{ period: "2030", value: 10 }] },
      observations: series([
        ["2015", 20],
        ["2020", 17],
      ]),
    });
    expect(r.ratio).toBeCloseTo(0.7082, 4);
    expect(r.status).toBe("AT_RISK");
  });

  it("movement away from the target is deterioration", () => {
    const r = assessProgress({
      method: "opensdg",
      direction: "higher_is_better",
      targetPath: path,
      observations: series([
        ["2015", 50],
        ["2020", 48],
      ]),
    });
    expect(r).toMatchObject({ status: "OFF_TRACK", label: "deterioration" });
  });

  it("needs at least two points, and gives no status when base and current differ in sign", () => {
    expect(
      assessProgress({
        method: "opensdg",
        direction: "higher_is_better",
        targetPath: path,
        observations: series([["2020", 55]]),
      }).status,
    ).toBe("NO_DATA");
    expect(
      assessProgress({
        method: "opensdg",
        direction: "higher_is_better",
        observations: series([
          ["2015", -5],
          ["2020", 5],
        ]),
      }).components,
    ).toMatchObject({ signChange: 1 });
  });

  it("replaces a zero base by 0,001 as published", () => {
    const r = assessProgress({
      method: "opensdg",
      direction: "higher_is_better",
      observations: series([
        ["2015", 0],
        ["2020", 1],
      ]),
    });
    expect(r.components["cagrObserved"]).toBeCloseTo(Math.pow(1 / 0.001, 1 / 5) - 1, 6);
  });
});

describe("Open SDG at the four edges, as sdg-build's ProgressMeasure.py computes them", () => {
  const up = { method: "opensdg" as const, direction: "higher_is_better" as const };

  it("a baseline year without an observation takes the next observed year, not the first observation", () => {
    const r = assessProgress({
      ...up,
      targetPath: { baseline: { period: "2015", value: 50 }, targets: [{ period: "2030", value: 80 }] },
      observations: series([
        ["2010", 40],
        ["2016", 52],
        ["2021", 56],
      ]),
    });
    expect(r.components).toMatchObject({ baseValue: 52 });
    expect(r.components["cagrObserved"]).toBeCloseTo(Math.pow(56 / 52, 1 / 5) - 1, 10);
  });

  it("a latest value of 0 is used as it is (only a zero base or target becomes 0,001)", () => {
    const r = assessProgress({
      method: "opensdg",
      direction: "lower_is_better",
      observations: series([
        ["2015", 10],
        ["2020", 0],
      ]),
    });
    expect(r.components["cagrObserved"]).toBe(-1);
    expect(r.label).toBe("substantial_progress");
  });

  it("a target already met with a single value is target_achieved, score 5", () => {
    const r = assessProgress({
      ...up,
      targetPath: { baseline: { period: "2015", value: 50 }, targets: [{ period: "2030", value: 80 }] },
      observations: series([["2020", 81]]),
    });
    expect(r).toMatchObject({ status: "ACHIEVED", score: 5, label: "target_achieved" });
  });

  it("a zero base with a value of the other sign is not available, not deterioration", () => {
    const r = assessProgress({
      method: "opensdg",
      direction: "lower_is_better",
      observations: series([
        ["2015", 0],
        ["2020", -3],
      ]),
    });
    expect(r.status).toBe("NO_DATA");
    expect(r.label).toBeUndefined();
  });
});

describe("Open SDG without a target (method 1)", () => {
  it("observed growth above 1,5 % a year is substantial progress, score min(500P − 5, 5)", () => {
    const r = assessProgress({
      method: "opensdg",
      direction: "higher_is_better",
      observations: series([
        ["2015", 100],
        ["2020", 110],
      ]),
    });
    expect(r).toMatchObject({ status: "ON_TRACK", label: "substantial_progress" });
    expect(r.score).toBeCloseTo(4.6224, 3);
  });

  it.each([
    [103, "moderate_progress"],
    [101, "limited_progress"],
    [95, "deterioration"],
  ])("100 → %s is %s", (latest, label) => {
    expect(
      assessProgress({
        method: "opensdg",
        direction: "higher_is_better",
        observations: series([
          ["2015", 100],
          ["2020", latest],
        ]),
      }).label,
    ).toBe(label);
  });

  it("the limit factor C scales the thresholds (a = 4,44)", () => {
    expect(limitFactor(100, 80)).toBeCloseTo(0.7212, 4);
    expect(limitFactor(200, 80)).toBe(1);
    expect(limitFactor(40, 80)).toBeCloseTo(1 - Math.pow(0.5, 4.44), 6);
    const r = assessProgress({
      method: "opensdg",
      direction: "higher_is_better",
      limit: 80,
      observations: series([
        ["2015", 100],
        ["2020", 106],
      ]),
    });
    expect(r.components["limitFactor"]).toBeCloseTo(0.7212, 4);
  });
});

describe("UN SDG progress chart", () => {
  const path = { baseline: { period: "2015", value: 50 }, targets: [{ period: "2030", value: 80 }] };

  it("projects the observed CAGR to 2030: rho = 0,552 is fair progress (score 2)", () => {
    const r = assessProgress({
      method: "unsd",
      direction: "higher_is_better",
      targetPath: path,
      observations: series([
        ["2015", 50],
        ["2020", 55],
      ]),
    });
    expect(r.components["projected"]).toBeCloseTo(66.55, 2);
    expect(r.ratio).toBeCloseTo(0.5517, 4);
    expect(r).toMatchObject({ status: "AT_RISK", score: 2, label: "fair_progress" });
  });

  it.each([
    [
      [
        ["2015", 50],
        ["2020", 60],
      ],
      3,
      "ON_TRACK",
    ],
    [
      [
        ["2015", 50],
        ["2020", 50.5],
      ],
      1,
      "OFF_TRACK",
    ],
  ] as const)("cut-offs 0,95 and 0,10 (%j)", (values, score, status) => {
    const r = assessProgress({
      method: "unsd",
      direction: "higher_is_better",
      targetPath: path,
      observations: series(values.map(([p, v]) => [p, v])),
    });
    expect(r).toMatchObject({ score, status });
  });

  it("a latest value within one point of a 100 % target counts as achieved", () => {
    const r = assessProgress({
      method: "unsd",
      direction: "higher_is_better",
      unit: "percent",
      targetPath: { baseline: { period: "2015", value: 90 }, targets: [{ period: "2030", value: 100 }] },
      observations: series([
        ["2015", 90],
        ["2020", 99.2],
      ]),
    });
    expect(r.status).toBe("ACHIEVED");
  });

  it("when the target year has passed, assesses up to that year", () => {
    const r = assessProgress({
      method: "unsd",
      direction: "higher_is_better",
      targetPath: { baseline: { period: "2015", value: 50 }, targets: [{ period: "2020", value: 60 }] },
      observations: series([
        ["2015", 50],
        ["2020", 55],
        ["2023", 70],
      ]),
    });
    expect(r.latest?.period).toBe("2020");
  });

  it("without a target: CAGR ≥ 2 % on track, 0,5-2 % fair, below stagnation; mirrored when lower is better", () => {
    const rule = (latest: number, direction: "higher_is_better" | "lower_is_better") =>
      assessProgress({
        method: "unsd",
        direction,
        observations: series([
          ["2015", 100],
          ["2020", latest],
        ]),
      }).score;
    expect(rule(111, "higher_is_better")).toBe(3);
    expect(rule(105, "higher_is_better")).toBe(2);
    expect(rule(101, "higher_is_better")).toBe(1);
    expect(rule(89, "lower_is_better")).toBe(3);
    expect(rule(111, "lower_is_better")).toBe(1);
  });
});
