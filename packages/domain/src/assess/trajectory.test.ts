import { describe, expect, it } from "vitest";
import { assessProgress } from "./index.js";

const employment = {
  direction: "higher_is_better" as const,
  unit: "percent" as const,
  decimals: 1,
  targetPath: {
    baseline: { period: "2018", value: 74.6 },
    targets: [{ period: "2020", value: 76, source: "Pact 2020" }],
  },
};

describe("trajectory (SPEC §2), worked example: employment rate 74,6 % in 2018, target 76 % in 2020", () => {
  it("2019 = 75,5 is ON_TRACK with ratio ≈ 1,286 against a planned 75,3", () => {
    const r = assessProgress({
      ...employment,
      observations: [
        { period: "2018", value: 74.6 },
        { period: "2019", value: 75.5 },
      ],
    });
    expect(r.status).toBe("ON_TRACK");
    expect(r.ratio).toBeCloseTo(1.2857, 3);
    expect(r.plannedValue).toBeCloseTo(75.3, 10);
    expect(r.components).toMatchObject({ startValue: 74.6, targetValue: 76, latestValue: 75.5 });
    expect(r.components["plannedChange"]).toBeCloseTo(0.7, 10);
    expect(r.components["actualChange"]).toBeCloseTo(0.9, 10);
    expect(r.summary.nl).toBe(
      "75,5 % in 2019, 0,2 pt boven het geplande pad (75,3 %) naar 76 % in 2020 (Pact 2020); 129 % van de verwachte vooruitgang: op koers.",
    );
    expect(r.summary.en).toBe(
      "75.5% in 2019, 0.2 pp above the planned path (75.3%) towards 76% for 2020 (Pact 2020); 129% of the expected progress: on track.",
    );
  });

  it("2020 = 74,7 is NOT_ACHIEVED, explained as 1,3 pt under the Pact 2020 target", () => {
    const r = assessProgress({
      ...employment,
      observations: [
        { period: "2019", value: 75.5 },
        { period: "2020", value: 74.7 },
        { period: "2018", value: 74.6 },
      ],
    });
    expect(r.status).toBe("NOT_ACHIEVED");
    expect(r.summary.nl).toBe("74,7 % in 2020, 1,3 pt onder het doel van 76 % (Pact 2020); doel niet gehaald.");
    expect(r.summary.en).toBe("74.7% in 2020, 1.3 pp below the target of 76% (Pact 2020); target not met.");
  });

  it("with the 2030 target of 80 %, 2022 = 76,4 is AT_RISK: 1,8 of the 2,2 pt planned since 2018 (cumulative, not per segment)", () => {
    const r = assessProgress({
      ...employment,
      targetPath: {
        ...employment.targetPath,
        targets: [...employment.targetPath.targets, { period: "2030", value: 80, source: "Regeerakkoord" }],
      },
      observations: [
        { period: "2018", value: 74.6 },
        { period: "2019", value: 75.5 },
        { period: "2020", value: 74.7 },
        { period: "2022", value: 76.4 },
      ],
    });
    expect(r.status).toBe("AT_RISK");
    expect(r.ratio).toBeCloseTo(1.8 / 2.2, 10);
    expect(r.plannedValue).toBeCloseTo(76.8, 10);
    expect(r.components).toMatchObject({ startValue: 74.6, targetValue: 80 });
    expect(r.target).toEqual({ period: "2030", value: 80, source: "Regeerakkoord" });
  });

  it("asOf assesses with what was known then", () => {
    const observations = [
      { period: "2019", value: 75.5 },
      { period: "2020", value: 74.7 },
    ];
    expect(assessProgress({ ...employment, observations, asOf: "2019" }).status).toBe("ON_TRACK");
    expect(assessProgress({ ...employment, observations, asOf: "2018" }).status).toBe("NO_DATA");
  });

  it("a target met early is ACHIEVED", () => {
    const r = assessProgress({ ...employment, observations: [{ period: "2019", value: 76.1 }] });
    expect(r.status).toBe("ACHIEVED");
    expect(r.summary.nl).toBe("76,1 % in 2019: het doel van 76 % in 2020 (Pact 2020) is gehaald.");
  });

  it("between 75 % and 95 % of the expected progress is AT_RISK", () => {
    // expected 0.5 of 1.4 = 0.7 pt; 0.6 pt is ratio 0.857
    const r = assessProgress({ ...employment, observations: [{ period: "2019", value: 75.2 }] });
    expect(r.status).toBe("AT_RISK");
    expect(r.ratio).toBeCloseTo(0.857, 3);
  });

  it("uses the configured thresholds of the KPI", () => {
    const r = assessProgress({
      ...employment,
      observations: [{ period: "2019", value: 75.2 }],
      thresholds: { onTrack: 0.8 },
    });
    expect(r.status).toBe("ON_TRACK");
  });

  it("counts a value within the tolerance band of the planned path as on track", () => {
    const observations = [{ period: "2019", value: 75.0 }];
    expect(assessProgress({ ...employment, observations }).status).toBe("OFF_TRACK");
    const tolerant = { ...employment.targetPath, tolerance: 0.3 };
    expect(assessProgress({ ...employment, targetPath: tolerant, observations }).status).toBe("ON_TRACK");
  });

  it("NO_DATA without observations and NO_TARGET without targets, each explained", () => {
    const none = assessProgress({ ...employment, observations: [] });
    expect(none).toMatchObject({ status: "NO_DATA", summary: { nl: "Nog geen meetwaarde; geen status." } });
    const noTarget = assessProgress({
      direction: "higher_is_better",
      unit: "count",
      observations: [{ period: "2018", value: 195989 }],
    });
    expect(noTarget.status).toBe("NO_TARGET");
    expect(noTarget.summary.nl).toBe("195.989 in 2018; er is geen doel vastgelegd.");
  });
});

describe("trajectory, lower is better (jobseekers)", () => {
  const jobseekers = {
    direction: "lower_is_better" as const,
    unit: "count" as const,
    targetPath: { baseline: { period: "2018", value: 200000 }, targets: [{ period: "2022", value: 160000 }] },
  };

  it("a fall faster than planned is ON_TRACK, a rise is OFF_TRACK", () => {
    expect(assessProgress({ ...jobseekers, observations: [{ period: "2020", value: 175000 }] }).status).toBe(
      "ON_TRACK",
    );
    const rising = assessProgress({ ...jobseekers, observations: [{ period: "2020", value: 210000 }] });
    expect(rising.status).toBe("OFF_TRACK");
    expect(rising.summary.nl).toContain("30.000 boven het geplande pad (180.000)");
  });

  it("reaching the lower target is ACHIEVED", () => {
    expect(assessProgress({ ...jobseekers, observations: [{ period: "2021", value: 159000 }] }).status).toBe(
      "ACHIEVED",
    );
  });
});

describe("trajectory edge cases", () => {
  const up = { direction: "higher_is_better" as const };

  it("one point at the baseline period is INSUFFICIENT_DATA, not on track: one point is not a trend", () => {
    const r = assessProgress({
      ...up,
      targetPath: { baseline: { period: "2018", value: 10 }, targets: [{ period: "2020", value: 20 }] },
      observations: [{ period: "2018", value: 10 }],
    });
    expect(r.status).toBe("INSUFFICIENT_DATA");
    expect(r.ratio).toBeUndefined();
    expect(r.summary.nl).toContain("nog geen meetwaarde na het basisjaar");
  });

  it("a zero baseline works", () => {
    const r = assessProgress({
      ...up,
      targetPath: { baseline: { period: "2018", value: 0 }, targets: [{ period: "2020", value: 10 }] },
      observations: [{ period: "2019", value: 5 }],
    });
    expect(r.status).toBe("ON_TRACK");
    expect(r.ratio).toBeCloseTo(1, 10);
  });

  it("a target equal to the baseline (hold the level): met is ACHIEVED, below is OFF_TRACK", () => {
    const path = { baseline: { period: "2018", value: 50 }, targets: [{ period: "2022", value: 50 }] };
    expect(assessProgress({ ...up, targetPath: path, observations: [{ period: "2020", value: 50 }] }).status).toBe(
      "ACHIEVED",
    );
    expect(assessProgress({ ...up, targetPath: path, observations: [{ period: "2020", value: 49 }] }).status).toBe(
      "OFF_TRACK",
    );
  });

  it("without a baseline the first observation starts the path", () => {
    const r = assessProgress({
      ...up,
      targetPath: { targets: [{ period: "2022", value: 20 }] },
      observations: [
        { period: "2018", value: 10 },
        { period: "2020", value: 15 },
      ],
    });
    expect(r.components).toMatchObject({ startValue: 10 });
    expect(r.ratio).toBeCloseTo(1, 10);
  });

  it("mixed frequencies: the latest quarter is placed on the same time axis", () => {
    const r = assessProgress({
      ...up,
      targetPath: { baseline: { period: "2018", value: 74.6 }, targets: [{ period: "2020", value: 76 }] },
      observations: [
        { period: "2018", value: 74.6 },
        { period: "2019-Q2", value: 75.0 },
      ],
    });
    expect(r.latest?.period).toBe("2019-Q2");
    // midpoints: 2018 at 2018.5, Q2 2019 at ~2019.37, 2020 at 2020.5
    const share = (2019 + 135.5 / 365 - 2018.5) / 2;
    expect(r.plannedValue).toBeCloseTo(74.6 + share * 1.4, 3);
  });

  it("a step path expects nothing until the target date", () => {
    const path = {
      baseline: { period: "2018", value: 10 },
      targets: [{ period: "2022", value: 20 }],
      interpolation: "step" as const,
    };
    const r = assessProgress({ ...up, targetPath: path, observations: [{ period: "2020", value: 10 }] });
    expect(r.status).toBe("ON_TRACK");
    expect(r.plannedValue).toBe(10);
  });

  it("refuses invalid periods, duplicate periods and non-finite values", () => {
    expect(() => assessProgress({ ...up, observations: [{ period: "2019-Q5", value: 1 }] })).toThrow(/period.invalid/);
    expect(() =>
      assessProgress({
        ...up,
        observations: [
          { period: "2019", value: 1 },
          { period: "2019", value: 2 },
        ],
      }),
    ).toThrow(/duplicatePeriod/);
    expect(() => assessProgress({ ...up, observations: [{ period: "2019", value: Number.NaN }] })).toThrow(/notFinite/);
  });
});
