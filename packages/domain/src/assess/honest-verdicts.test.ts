import { describe, expect, it } from "vitest";
import { rollUpStatuses } from "../rollup.js";
import { assessProgress, type AssessInput } from "./index.js";

/** SPEC §2 worked example: the employment rate, baseline 74,6 % in 2018, Pact 2020 76 %,
 *  80 % in 2030; values 74,7 % (2020) and 76,4 % (2022). */
const employment: AssessInput = {
  direction: "higher_is_better",
  unit: "percent",
  decimals: 1,
  targetPath: {
    baseline: { period: "2018", value: 74.6 },
    targets: [
      { period: "2020", value: 76, source: "Pact 2020", kind: "target" },
      { period: "2030", value: 80, source: "Regeerakkoord", kind: "target" },
    ],
  },
  observations: [
    { period: "2020", value: 74.7 },
    { period: "2022", value: 76.4 },
  ],
};

describe("SPEC §2 worked example", () => {
  it("is AT_RISK: planned 76,8, ratio 1,8 / 2,2 = 0,818, cumulative from the 2018 baseline", () => {
    const r = assessProgress(employment);
    expect(r.status).toBe("AT_RISK");
    expect(r.plannedValue).toBeCloseTo(76.8, 10);
    expect(r.ratio).toBeCloseTo(0.818, 3);
  });

  it("states the missed Pact 2020 target with its value", () => {
    const r = assessProgress(employment);
    expect(r.pastTargets).toEqual([
      { period: "2020", target: 76, source: "Pact 2020", kind: "target", actual: 74.7, achieved: false },
    ]);
    expect(r.summary.nl).toContain("Pact 2020 (76 %): niet gehaald (74,7 %).");
    expect(r.summary.en).toContain("Pact 2020 (76%): not met (74.7%).");
  });

  it("is unchanged by an indicative 77,9 % in 2024: indicative points never shape the path", () => {
    const withIndicative = {
      ...employment,
      targetPath: {
        ...employment.targetPath!,
        targets: [
          ...employment.targetPath!.targets,
          { period: "2024", value: 77.9, source: "Steunpunt Werk", kind: "indicative" as const },
        ],
      },
    };
    const r = assessProgress(withIndicative);
    const without = assessProgress(employment);
    expect(r.status).toBe("AT_RISK");
    expect(r.ratio).toBe(without.ratio);
    expect(r.plannedValue).toBe(without.plannedValue);
    expect(r.pastTargets).toEqual(without.pastTargets);
  });

  it("is ON_TRACK with a tolerance of 0,5 pt: 76,4 lies within 0,5 of the planned 76,8", () => {
    const r = assessProgress({ ...employment, targetPath: { ...employment.targetPath!, tolerance: 0.5 } });
    expect(r.status).toBe("ON_TRACK");
    expect(r.summary.nl).toContain("op koers (binnen de tolerantie)");
  });
});

describe("SPEC §2 statuses on evidence only", () => {
  it("NOT_ACHIEVED only with a value at or after the final target period that misses it", () => {
    const late = assessProgress({
      ...employment,
      observations: [...employment.observations, { period: "2030", value: 79 }],
    });
    expect(late.status).toBe("NOT_ACHIEVED");
    // Without a 2030 value the verdict rests on the latest value, however old.
    expect(assessProgress({ ...employment, today: "2033-06-30" }).status).toBe("AT_RISK");
  });

  it("INSUFFICIENT_DATA when no value lies after the baseline period", () => {
    const r = assessProgress({ ...employment, observations: [{ period: "2018", value: 74.6 }] });
    expect(r.status).toBe("INSUFFICIENT_DATA");
    expect(r.summary.en).toContain("no value after the baseline yet");
  });

  it("a target met early is ACHIEVED even with one value", () => {
    expect(assessProgress({ ...employment, observations: [{ period: "2018", value: 81 }] }).status).toBe("ACHIEVED");
  });

  it("past targets passed but unmeasured are 'niet gemeten', with actual and achieved null", () => {
    const r = assessProgress({
      ...employment,
      observations: [
        { period: "2019", value: 75.5 },
        { period: "2022", value: 76.4 },
      ],
    });
    expect(r.pastTargets).toEqual([
      { period: "2020", target: 76, source: "Pact 2020", kind: "target", actual: null, achieved: null },
    ]);
    expect(r.summary.nl).toContain("Pact 2020 (76 %): niet gemeten.");
  });

  it("judges past targets against today when given: a target whose period has not ended is not past", () => {
    const onlyPact = { ...employment, observations: [{ period: "2019", value: 75.5 }] };
    expect(assessProgress({ ...onlyPact, today: "2020-06-30" }).pastTargets).toEqual([]);
    expect(assessProgress({ ...onlyPact, today: "2021-01-01" }).pastTargets).toHaveLength(1);
  });
});

describe("SPEC §2 staleness and provisional values", () => {
  it("a 2022 value on 1 December 2026 is stale: 2024 was due (end + 12 months ≤ today), 2025 not yet", () => {
    const r = assessProgress({ ...employment, today: "2026-12-01" });
    expect(r.stale).toBe(true);
    expect(r.expectedLatestPeriod).toBe("2024");
    expect(r.summary.nl).toContain("Laatste waarde 2022, verwacht 2024.");
    expect(r.summary.en).toContain("Latest value 2022, 2024 expected.");
  });

  it("the KPI's publication lag moves the expected period", () => {
    const r = assessProgress({ ...employment, today: "2026-12-01", publicationLagMonths: 3 });
    expect(r.expectedLatestPeriod).toBe("2025");
  });

  it("a survey every four years is due four years after its last wave", () => {
    const waves = {
      direction: "higher_is_better" as const,
      observations: [
        { period: "2019", value: 50 },
        { period: "2023", value: 51 },
      ],
    };
    expect(assessProgress({ ...waves, today: "2026-12-01", reportingInterval: 4 }).stale).toBe(false);
    expect(assessProgress({ ...waves, today: "2026-12-01" }).stale).toBe(true);
  });

  it("says 'voorlopig' when the latest value is provisional", () => {
    const r = assessProgress({
      ...employment,
      today: "2023-06-30",
      observations: [
        { period: "2020", value: 74.7 },
        { period: "2022", value: 76.4, provisional: true },
      ],
    });
    expect(r.provisional).toBe(true);
    expect(r.stale).toBe(false);
    expect(r.summary.nl).toContain("De waarde van 2022 is voorlopig.");
  });

  it("says from which day time alone changes the verdict: 2025 falls due on 31 December 2026", () => {
    expect(assessProgress({ ...employment, today: "2026-12-01" }).validUntil).toBe("2026-12-31");
    // In mid-2020 the 2019 figure falls due (31 December 2020) a day before Pact 2020 ends.
    const mid2020 = { ...employment, observations: [{ period: "2019", value: 75 }], today: "2020-06-01" };
    expect(assessProgress(mid2020).validUntil).toBe("2020-12-31");
    expect(assessProgress({ ...mid2020, publicationLagMonths: 14 }).validUntil).toBe("2021-01-01");
  });

  it("is never stale without today", () => {
    expect(assessProgress(employment)).toMatchObject({ stale: false, expectedLatestPeriod: null });
  });
});

describe("SPEC §2 trend versus path", () => {
  const rising = [
    { period: "2019", value: 74.8 },
    { period: "2020", value: 74.7 },
    { period: "2021", value: 75.6 },
    { period: "2022", value: 76.4 },
  ];

  it("states both when the path says AT_RISK but the trend reaches the target in time", () => {
    const r = assessProgress({ ...employment, observations: rising });
    expect(r.status).toBe("AT_RISK");
    expect(r.trend).toMatchObject({ reachesTarget: true, disagrees: true, targetValue: 80 });
    expect(r.summary.nl).toMatch(/Onder het geplande pad, maar de trend haalt 80 % in 20\d\d\./);
    expect(r.summary.en).toMatch(/Below the planned path, but the trend reaches 80% in 20\d\d\./);
  });

  it("gives no trend with fewer than four values", () => {
    expect(assessProgress(employment).trend).toBeUndefined();
  });

  it("states both when the path says ON_TRACK but the trend falls short", () => {
    const r = assessProgress({
      ...employment,
      targetPath: { ...employment.targetPath!, tolerance: 2 },
      observations: [
        { period: "2019", value: 76 },
        { period: "2020", value: 75.5 },
        { period: "2021", value: 75 },
        { period: "2022", value: 74.8 },
      ],
    });
    expect(r.status).toBe("ON_TRACK");
    expect(r.trend?.disagrees).toBe(true);
    expect(r.summary.nl).toContain("Maar de trend haalt 80 % in 2030 niet");
  });
});

describe("coverage of a roll-up", () => {
  it("says on how many items it rests: only progress verdicts count as assessed", () => {
    const r = rollUpStatuses([
      { status: "OFF_TRACK" },
      { status: "NO_DATA" },
      { status: "INSUFFICIENT_DATA" },
      { status: "NO_TARGET" },
    ]);
    expect(r.coverage).toEqual({ assessed: 1, total: 4 });
    expect(r.worst).toBe("OFF_TRACK");
    expect(r.counts.INSUFFICIENT_DATA).toBe(1);
  });
});
