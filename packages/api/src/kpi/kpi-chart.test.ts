// A long history is sent thinned for the chart, judged on every value, and loaded whole for the
// table (kpi.values): the KPI detail does not grow with the length of the history.
import { CHART_MAX_POINTS, CHART_TAIL_POINTS } from "@boordtabel/domain";
import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../testing/actors.js";
import { addMonthlyKpi } from "../testing/grow-plan.js";
import { assessSeries } from "./engine-adapter.js";

let database: TestDatabase;
const anonymous = () => callerFor(database.db, null);

beforeAll(async () => {
  database = await createTestDatabase();
  await addMonthlyKpi(database, "IAB", "KPI-LONG", 360);
  await addMonthlyKpi(database, "IAB", "KPI-SHORT", CHART_MAX_POINTS);
});
afterAll(() => database.drop());

describe("the KPI detail of a long series", () => {
  it("sends at most CHART_MAX_POINTS points for the chart, says it is thinned, and keeps the first and latest values", async () => {
    const detail = await anonymous().kpi.detail({ code: "KPI-LONG" });
    const { values } = await anonymous().kpi.values({ code: "KPI-LONG" });
    expect(values).toHaveLength(360);
    expect(detail.chart).toMatchObject({ thinned: true, totalPoints: 360, maxPoints: CHART_MAX_POINTS });
    expect(detail.chart.points.length).toBeLessThanOrEqual(CHART_MAX_POINTS);
    const periods = detail.chart.points.map((p) => p.period);
    const all = values.map((v) => v.period);
    // A subset of the values, in their order.
    expect(periods.every((p) => all.includes(p))).toBe(true);
    expect(periods).toEqual([...periods].sort((a, b) => all.indexOf(a) - all.indexOf(b)));
    expect(periods[0]).toBe("1990-01");
    expect(periods.slice(-CHART_TAIL_POINTS)).toEqual(all.slice(-CHART_TAIL_POINTS));
    expect(detail.chart.points.at(-1)).toMatchObject({ period: "2019-12", status: "provisional" });
    // The baseline month carries the target path's comparison: it stays.
    expect(periods).toContain("2015-01");
    // One stretch: no gap is drawn between the thinned points.
    expect(new Set(detail.chart.points.map((p) => p.stretch))).toEqual(new Set([0]));
    expect(detail.valueSources).toEqual(["Synthetische testreeks — geen echte cijfers"]);
  });

  it("judges the status and the forecast on every value, not on the points sent", async () => {
    const detail = await anonymous().kpi.detail({ code: "KPI-LONG" });
    const { values } = await anonymous().kpi.values({ code: "KPI-LONG" });
    const kpi = await database.db.kpi.findUniqueOrThrow({ where: { code: "KPI-LONG" } });
    const path = detail.targetPath ?? undefined;
    const whole = assessSeries(kpi, values, path, { frequency: "MONTH" });
    expect(detail.assessment).toEqual(whole.assessment);
    expect(detail.forecast).toEqual(whole.forecast);
  });

  it("sends a series of CHART_MAX_POINTS values whole", async () => {
    const detail = await anonymous().kpi.detail({ code: "KPI-SHORT" });
    expect(detail.chart).toMatchObject({ thinned: false, totalPoints: CHART_MAX_POINTS });
    expect(detail.chart.points).toHaveLength(CHART_MAX_POINTS);
  });

  it("is smaller than the detail that carried every value", async () => {
    const detail = await anonymous().kpi.detail({ code: "KPI-LONG" });
    const { values } = await anonymous().kpi.values({ code: "KPI-LONG" });
    const thinned = JSON.stringify(detail).length;
    const whole = JSON.stringify({ ...detail, chart: { ...detail.chart, points: values } }).length;
    console.info(`KPI detail of 360 monthly values: ${whole} bytes whole, ${thinned} thinned`);
    expect(thinned).toBeLessThan(whole * 0.75);
  });
});

describe("kpi.values", () => {
  it("gives every value of a chosen series, as known on a date", async () => {
    const today = await anonymous().kpi.values({ code: "KPI-WZG", series: "geslacht=vrouwen" });
    expect(today.series).toBe("geslacht=vrouwen");
    expect(today.values.map((v) => v.period)).toEqual(["1999", "2019", "2020", "2023"]);
    const before = await anonymous().kpi.values({ code: "KPI-LONG", asOf: "2020-01-01" });
    expect(before.values).toEqual([]);
  });

  it("refuses an unknown KPI", async () => {
    await expect(anonymous().kpi.values({ code: "KPI-NOPE" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
