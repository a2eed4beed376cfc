import { describe, expect, it } from "vitest";
import { useDemoCallers } from "../testing/actors.js";
import { getKpiDetail } from "./kpi-detail.service.js";
import { getKpiObservations, getPlanObservations } from "./kpi-export.service.js";
import { storedAssessmentSelect, storedBySeries } from "./stored-assessments.js";
import { targetPathSelect } from "./kpi.selects.js";
import { currentPaths, loadTargetPaths } from "./target-paths.js";
import { refreshAllStoredVerdicts, refreshMissingStoredVerdicts } from "./stored-verdicts.js";

const demo = useDemoCallers();
const db = () => demo.database.db;

const detail = (code: string, series?: string) =>
  getKpiDetail(db(), null, { code, ...(series === undefined ? {} : { series }) });

/** Today's KPI page and export of every seeded KPI (every series of a few), as the JSON sent. */
async function todaysAnswers(): Promise<Map<string, string>> {
  const kpis = await db().kpi.findMany({
    orderBy: { code: "asc" },
    select: { code: true, series: { select: { key: true } } },
  });
  const answers = new Map<string, string>();
  for (const kpi of kpis) {
    answers.set(`detail ${kpi.code}`, JSON.stringify(await detail(kpi.code)));
    answers.set(`export ${kpi.code}`, JSON.stringify(await getKpiObservations(db(), kpi.code)));
  }
  for (const kpi of kpis.filter((k) => k.series.length > 1).slice(0, 3))
    for (const s of kpi.series)
      answers.set(`detail ${kpi.code} ${s.key}`, JSON.stringify(await detail(kpi.code, s.key)));
  answers.set("export IAB", JSON.stringify(await getPlanObservations(db(), "IAB")));
  return answers;
}

/** The headline series of KPI-WZG, whose stored row the tests below tamper with. */
const wzgTotal = async () =>
  (await db().series.findFirstOrThrow({ where: { kpi: { code: "KPI-WZG" }, key: "total" }, select: { id: true } })).id;

/** Marks the stored row of a series so an answer shows whether it was read: its summary says
 *  "opgeslagen" and it has no forecast (or the `forecast` column given, as SQL). */
const tamper = (seriesId: number, row: { validUntil?: string; forecast?: string } = {}) =>
  demo.database.sql(`
    UPDATE series_status SET assessment = jsonb_set(assessment, '{summary,nl}', '"opgeslagen"')
        ${row.validUntil ? `|| '{"validUntil": "${row.validUntil}"}'` : ""},
      forecast = ${row.forecast ?? `'{"forecast": null}'`}
     WHERE series_id = ${seriesId}`);

describe("today's KPI page and export from stored verdicts", () => {
  it("answer byte for byte what computing every verdict from the values answers, for every seeded KPI", async () => {
    expect(await db().seriesStatus.count()).toBe(0);
    const computed = await todaysAnswers();
    await refreshAllStoredVerdicts(db());
    const series = await db().series.findMany({ select: { id: true, status: { select: storedAssessmentSelect } } });
    // Most series have a verdict valid today, so the answers below really are read from them.
    expect(storedBySeries(series).size).toBeGreaterThan(40);
    const fromStored = await todaysAnswers();
    expect([...fromStored.keys()]).toEqual([...computed.keys()]);
    for (const [what, answer] of fromStored) expect(answer, what).toBe(computed.get(what));
  });

  it("use a stored verdict while it holds, and compute the answer once its validUntil has come", async () => {
    await refreshAllStoredVerdicts(db());
    const id = await wzgTotal();
    const computed = await detail("KPI-WZG");
    const computedExport = await getKpiObservations(db(), "KPI-WZG");
    expect(computed.forecast).not.toBeNull();
    await tamper(id);
    const stored = await detail("KPI-WZG");
    expect(stored.assessment.summary.nl).toBe("opgeslagen");
    expect(stored.forecast).toBeNull();
    expect((await getKpiObservations(db(), "KPI-WZG")).series.find((s) => s.key === "total")?.explanation.nl).toBe(
      "opgeslagen",
    );
    await tamper(id, { validUntil: "2000-01-01" });
    expect(await detail("KPI-WZG")).toEqual(computed);
    expect(await getKpiObservations(db(), "KPI-WZG")).toEqual(computedExport);
  });

  it("compute the answer for a row whose forecast was never stored, which the start-up refresh then stores", async () => {
    await refreshAllStoredVerdicts(db());
    const id = await wzgTotal();
    const computed = await detail("KPI-WZG");
    // A row from before the forecast column: NULL, not a stored "no forecast".
    await tamper(id, { forecast: "NULL" });
    expect(await detail("KPI-WZG")).toEqual(computed);
    expect(await refreshMissingStoredVerdicts(db())).toBe(1);
    const row = await db().seriesStatus.findUniqueOrThrow({ where: { seriesId: id }, select: { forecast: true } });
    expect(row.forecast).toEqual({ forecast: JSON.parse(JSON.stringify(computed.forecast)) });
  });

  it("show the new forecast right after a value is published: the write stores it in its transaction", async () => {
    await refreshAllStoredVerdicts(db());
    const id = await wzgTotal();
    const before = await detail("KPI-WZG");
    await demo.as("reviewer").measurement.record({
      kpi: "KPI-WZG",
      series: "total",
      period: "2025",
      value: 79.9,
      workflow: "validated",
      source: "Statbel",
    });
    const after = await detail("KPI-WZG");
    expect(after.forecast?.latest).toMatchObject({ period: "2025", value: 79.9 });
    expect(after.forecast).not.toEqual(before.forecast);
    const row = await db().seriesStatus.findUniqueOrThrow({ where: { seriesId: id }, select: { forecast: true } });
    expect(row.forecast).toEqual({ forecast: JSON.parse(JSON.stringify(after.forecast)) });
    // And it is what computing from the values gives.
    await db().seriesStatus.deleteMany({ where: { seriesId: id } });
    expect(JSON.stringify(await detail("KPI-WZG"))).toBe(JSON.stringify(after));
  });

  it("take today's target path from the KPI's own read: the revision loadTargetPaths picks, for every series", async () => {
    const series = await db().series.findMany({
      select: { id: true, targetPaths: { select: targetPathSelect, orderBy: { revision: "asc" } } },
    });
    // Some series carry a superseded revision, so which one is in force really is chosen.
    expect(series.some((s) => s.targetPaths.some((p) => p.supersededAt !== null))).toBe(true);
    const fromRead = currentPaths(series);
    const loaded = await loadTargetPaths(
      db(),
      series.map((s) => s.id),
    );
    expect(fromRead.size).toBeGreaterThan(0);
    expect(fromRead).toEqual(loaded);
  });
});
