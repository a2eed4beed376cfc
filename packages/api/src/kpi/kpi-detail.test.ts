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
    expect(detail.observations.find((o) => o.period === "2018")).toMatchObject({ value: 74.6, status: "final" });
    // Cumulative from the 2018 baseline: 2022 = 76,4 against the path through 76 (2020) and the
    // 77,9 milestone (2024): planned 76,95, ratio 1,8 / 2,35
    expect(detail.assessment).toMatchObject({
      status: "AT_RISK",
      latest: { period: "2022", value: 76.4 },
      target: { period: "2030", value: 80 },
    });
    expect(detail.assessment.ratio).toBeCloseTo(1.8 / 2.35, 6);
    expect(detail.assessment.pastTargets[0]).toMatchObject({
      period: "2020",
      target: 76,
      actual: 74.7,
      achieved: false,
    });
    expect(detail.assessment.summary.nl).toContain("76,4 % in 2022");
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
    expect(detail.observations.map((o) => [o.period, o.value])).toEqual([
      ["1999", 57.3],
      ["2019", 71.5],
    ]);
    expect(detail.assessment.status).toBe("NO_TARGET");
  });

  it("shows the figures as known on a date: a value validated later is not yet there", async () => {
    const key = { kpi: "KPI-WZG", series: "total", period: "2023" };
    await callerFor(database.db, actors.reviewer).measurement.record({ ...key, value: 77.1, workflow: "validated" });
    const today = await anonymous().kpi.detail({ code: "KPI-WZG" });
    expect(today.assessment.latest).toMatchObject({ period: "2023", value: 77.1 });
    const before = await anonymous().kpi.detail({ code: "KPI-WZG", asOf: "2025-06-30" });
    expect(before.assessment.latest).toMatchObject({ period: "2022", value: 76.4 });
    const earlier = await anonymous().kpi.detail({ code: "KPI-WZG", asOf: "2023-12-31" });
    expect(earlier.assessment.status).toBe("NO_DATA");
    expect(earlier.targetPath).toBeNull();
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
    expect(detail.observations.map((o) => o.period)).not.toContain("2024");
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
    // with 2023 = 77,1 (recorded above): ratio (1,1 / 1,9) / 0,75 = 0,77
    expect(p1.kpis.counts.AT_RISK).toBe(1);
    expect(p1.kpis.worst).toBe("AT_RISK");
    expect(overview.plan.commitments.total).toBe(120);
    const wzg = overview.headline.find((h) => h.code === "KPI-WZG")!;
    expect(wzg).toMatchObject({ status: "AT_RISK", target: { period: "2030", value: 80 } });
    expect(wzg.sparkline.at(-1)).toEqual({ period: "2023", value: 77.1 });
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
    expect(overview.plan.kpis.counts.NO_DATA).toBe(43);
  });
});
