import type { Actor } from "../auth/actor.js";
import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, demoActors } from "../testing/actors.js";

let database: TestDatabase;
let actors: Record<"admin" | "editor" | "reviewer" | "viewer", Actor>;
const anonymous = () => callerFor(database.db, null);

beforeAll(async () => {
  database = await createTestDatabase();
  actors = await demoActors(database.db);
  // The reference values as if they had been published at the start of 2024.
  await database.sql(
    `UPDATE measurement_version SET recorded_at = '2024-01-01', submitted_at = '2024-01-01', validated_at = '2024-01-01'`,
  );
  await database.sql(`UPDATE target_path SET created_at = '2024-01-01'`);
});
afterAll(() => database.drop());

describe("kpi.detail", () => {
  it("gives the employment rate with its status, explained by the engine", async () => {
    const detail = await anonymous().kpi.detail({ code: "KPI-WZG" });
    expect(detail.kpi).toMatchObject({
      code: "KPI-WZG",
      unit: "percent",
      frequency: "year",
      statusMethod: "trajectory",
    });
    expect(detail.chart.points.find((o) => o.period === "2018")).toMatchObject({ value: 74.6, status: "final" });
    // The latest yearly value is the final 2023 figure; the quarters live in their own series.
    // (The verdict itself is the engine's, proven on worked examples in packages/domain.)
    // Cumulative from the 2018 baseline through Pact 2020 (76) to 80 in 2030; the indicative
    // 77,9 of 2024 does not count: planned 77,2 in 2023, ratio (76,8 − 74,6) / (77,2 − 74,6).
    expect(detail.assessment).toMatchObject({
      status: "AT_RISK",
      latest: { period: "2023", value: 76.8 },
      target: { period: "2030", value: 80 },
    });
    expect(detail.assessment.ratio).toBeCloseTo(2.2 / 2.6, 6);
    expect(detail.assessment.pastTargets[0]).toMatchObject({
      period: "2020",
      target: 76,
      actual: 74.7,
      achieved: false,
    });
    expect(detail.chart.points.every((o) => /^\d{4}$/.test(o.period))).toBe(true);
    expect(detail.assessment.summary.nl).toContain("76,8 % in 2023");
    expect(detail.forecast?.projectedAtTarget?.period).toBe("2030");
    expect(detail.planned.find((p) => p.period === "2019")?.planned).toBeCloseTo(75.3, 6);
    expect(detail.targetHistory.map((t) => [t.revision, t.supersededAt === null])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(detail.series.map((s) => s.key)).toContain("geslacht=vrouwen");
    expect(detail.benchmarks.map((b) => b.entity)).toEqual(expect.arrayContaining(["SE", "DE", "NL", "BE", "EU27"]));
    expect(detail.annotations).toEqual([]);
  });

  it("shows a disaggregated series on request", async () => {
    const detail = await anonymous().kpi.detail({ code: "KPI-WZG", series: "geslacht=vrouwen" });
    expect(detail.selectedSeries).toBe("geslacht=vrouwen");
    expect(detail.chart.points.map((o) => [o.period, o.value])).toEqual([
      ["1999", 57.3],
      ["2019", 71.5],
      ["2020", 70.9],
      ["2023", 73.3],
    ]);
    // The Pact 2020 sub-target for women sits on this series.
    expect(detail.targetPath?.targets.map((t) => [t.period, t.value])).toEqual([["2020", 75]]);
  });

  it("shows the figures as known on a date: a value validated later is not yet there", async () => {
    const key = { kpi: "KPI-WZG", series: "total", period: "2025" };
    await callerFor(database.db, actors.reviewer).measurement.record({
      ...key,
      value: 77.1,
      workflow: "validated",
      source: "Statbel",
    });
    const today = await anonymous().kpi.detail({ code: "KPI-WZG" });
    expect(today.assessment.latest).toMatchObject({ period: "2025", value: 77.1 });
    // Seeded figures count from their publication, not from the day the database was filled.
    const before = await anonymous().kpi.detail({ code: "KPI-WZG", asOf: "2025-06-30" });
    expect(before.assessment.latest).toMatchObject({ period: "2023", value: 76.8 });
    const earlier = await anonymous().kpi.detail({ code: "KPI-WZG", asOf: "2023-06-30" });
    expect(earlier.assessment.latest).toMatchObject({ period: "2022", value: 76.7 });
    expect(earlier.targetPath?.revision).toBe(2);
    const provisional = await anonymous().kpi.detail({ code: "KPI-WZG", asOf: "2023-01-15" });
    expect(provisional.assessment.latest).toMatchObject({ period: "2022", value: 76.4 });
    const beforePlan = await anonymous().kpi.detail({ code: "KPI-WZG", asOf: "2019-01-31" });
    expect(beforePlan.targetPath).toBeNull();
  });

  it("opens on the KPI's headline series, not on whichever series comes first", async () => {
    // Make a member series the headline, as the workability monitor's own series is for KPI-WERKBAAR.
    await database.sql(`
      UPDATE series SET is_headline = false WHERE kpi_id = (SELECT id FROM kpi WHERE code = 'KPI-WZG');
      UPDATE series SET is_headline = true
       WHERE key = 'geslacht=vrouwen' AND kpi_id = (SELECT id FROM kpi WHERE code = 'KPI-WZG')`);
    try {
      const detail = await anonymous().kpi.detail({ code: "KPI-WZG" });
      expect(detail.selectedSeries).toBe("geslacht=vrouwen");
      expect(detail.selectedFrequency).toBe("year");
      expect(detail.series.find((s) => s.isHeadline)?.key).toBe("geslacht=vrouwen");
      expect((await anonymous().kpi.detail({ code: "KPI-WZG", series: "total" })).selectedSeries).toBe("total");
    } finally {
      await database.sql(`
        UPDATE series SET is_headline = false WHERE kpi_id = (SELECT id FROM kpi WHERE code = 'KPI-WZG');
        UPDATE series SET is_headline = true
         WHERE key = 'total' AND kpi_id = (SELECT id FROM kpi WHERE code = 'KPI-WZG')`);
    }
  });

  it("judges staleness and past targets on the as-of day", async () => {
    const then = await anonymous().kpi.detail({ code: "KPI-WZG", asOf: "2020-06-30" });
    expect(then.assessment.pastTargets.map((p) => p.period)).not.toContain("2020");
    const now = await anonymous().kpi.detail({ code: "KPI-WZG" });
    expect(now.assessment.pastTargets.map((p) => p.period)).toContain("2020");
  });

  it("does not show drafts to readers", async () => {
    await callerFor(database.db, actors.editor).measurement.record({
      kpi: "KPI-WZG",
      series: "total",
      period: "2024",
      value: 77.5,
    });
    const detail = await anonymous().kpi.detail({ code: "KPI-WZG" });
    expect(detail.chart.points.map((o) => o.period)).not.toContain("2024");
  });

  it("answers NOT_FOUND for an unknown KPI", async () => {
    await expect(anonymous().kpi.detail({ code: "KPI-NOPE" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Indicator KPI-NOPE bestaat niet.",
    });
  });
});

describe("plan.overview", () => {
  it("rolls KPI statuses and commitments up the IAB tree and lists the headline KPIs", async () => {
    const overview = await anonymous().plan.overview({ code: "IAB" });
    const p1 = overview.nodes.find((n) => n.code === "IAB-P1")!;
    // everything filed under pillar 1 and its themes and sub-themes
    const underP1 = await database.sql<{ kpis: string; commitments: string }>(
      `WITH RECURSIVE tree AS (SELECT id FROM plan_node WHERE code = 'IAB-P1' UNION ALL SELECT n.id FROM plan_node n JOIN tree t ON n.parent_id = t.id)
       SELECT (SELECT count(DISTINCT kpi_id) FROM kpi_node WHERE node_id IN (SELECT id FROM tree)) AS kpis,
              (SELECT count(*) FROM commitment WHERE node_id IN (SELECT id FROM tree)) AS commitments`,
    );
    expect(p1.kpis.total).toBe(Number(underP1.rows[0]!.kpis));
    expect(p1.commitments.total).toBe(Number(underP1.rows[0]!.commitments));
    // with 2025 = 77,1 (recorded above) against a path to 80 % in 2030: off track on any reading
    // (cumulative from 74,6 in 2018 against 78 planned for 2025: 2,5 / 3,4 = 0,74)
    expect(p1.kpis.counts.OFF_TRACK).toBe(1);
    expect(p1.kpis.worst).toBe("OFF_TRACK");
    expect(overview.plan.commitments.total).toBe(120);
    const wzg = overview.headline.find((h) => h.code === "KPI-WZG")!;
    expect(wzg).toMatchObject({ status: "OFF_TRACK", target: { period: "2030", value: 80 } });
    expect(wzg.sparkline.at(-1)).toEqual({ period: "2025", value: 77.1 });
    expect(overview.headline.map((h) => h.code)).toEqual([
      "KPI-WZG",
      "KPI-NWWZ",
      "KPI-WERKBAAR",
      "KPI-LLL",
      "KPI-VOV",
      "KPI-DIGI-VAARD",
    ]);
  });

  it("as of a date shows the plan as it was known then", async () => {
    const overview = await anonymous().plan.overview({ code: "IAB", asOf: "2023-06-30" });
    // Published figures were known by then; only the KPIs without any value known have none.
    expect(overview.plan.kpis.counts.NO_DATA).toBeLessThan(43);
    const wzg = overview.headline.find((h) => h.code === "KPI-WZG")!;
    expect(wzg.sparkline.at(-1)).toEqual({ period: "2022", value: 76.7 });
  });
});
