import { describe, expect, it } from "vitest";
import { useDemoCallers } from "../testing/actors.js";
import { getKpiObservations, getKpiObservationsJson } from "./kpi-export.service.js";
import { loadObservations } from "./observations.js";
import { loadObservationsJson } from "./observations-json.js";
import { refreshAllStoredVerdicts } from "./stored-verdicts.js";

const demo = useDemoCallers();
const db = () => demo.database.db;

const allSeriesIds = async () => (await db().series.findMany({ select: { id: true } })).map((s) => s.id);

/** Every series' observations as JavaScript writes them, and as PostgreSQL does: streamed as
 *  bytes through COPY, and read as text inside a transaction. */
async function bothWays(ids: number[]) {
  const rows = await loadObservations(db(), ids);
  const copied = await loadObservationsJson(db(), ids);
  const inside = await db().$transaction((tx) => loadObservationsJson(tx, ids));
  return ids.map((id) => ({
    id,
    js: JSON.stringify(rows.get(id)),
    sql: copied.get(id)?.json.toString(),
    tx: inside.get(id)?.json.toString(),
  }));
}

/** Today's export of every seeded KPI, as sent and as `JSON.stringify` writes it. */
async function everyExport() {
  const kpis = await db().kpi.findMany({ select: { code: true }, orderBy: { code: "asc" } });
  const answers = [];
  for (const { code } of kpis)
    answers.push({
      code,
      sent: (await getKpiObservationsJson(db(), code)).toString(),
      built: JSON.stringify(await getKpiObservations(db(), code)),
    });
  return answers;
}

/** The published version of the oldest value of KPI-WZG's total, which the tests rewrite. */
async function aPublishedVersion(offset = 0) {
  const { rows } = await demo.database.sql<{ id: number }>(`
    SELECT v.id FROM measurement_version v JOIN measurement m ON m.published_version_id = v.id
    JOIN series s ON s.id = m.series_id JOIN kpi k ON k.id = s.kpi_id
    WHERE k.code = 'KPI-WZG' AND s.key = 'total' ORDER BY m.period_end LIMIT 1 OFFSET ${offset}`);
  return rows[0]!.id;
}

/** The series a version belongs to. */
const seriesOf = async (versionId: number) =>
  (
    await demo.database.sql<{ series_id: number }>(`
      SELECT m.series_id FROM measurement m JOIN measurement_version v ON v.measurement_id = m.id
      WHERE v.id = ${versionId}`)
  ).rows[0]!.series_id;

describe("today's observations export sent as JSON text", () => {
  it("is, for every seeded KPI, the bytes of the export object, with verdicts computed or stored", async () => {
    const computed = await everyExport();
    for (const { code, sent, built } of computed) expect(sent, code).toBe(built);
    await refreshAllStoredVerdicts(db());
    const stored = await everyExport();
    for (const { code, sent, built } of stored) expect(sent, code).toBe(built);
    expect(stored.map((s) => s.sent)).toEqual(computed.map((c) => c.sent));
  });

  it("as of a date is the bytes of the as-of export", async () => {
    expect((await getKpiObservationsJson(db(), "KPI-WZG", "2023-06-30")).toString()).toBe(
      JSON.stringify(await getKpiObservations(db(), "KPI-WZG", "2023-06-30")),
    );
  });
});

describe("observations written as JSON by PostgreSQL", () => {
  it("are the bytes JSON.stringify gives for the rows read, for every seeded series", async () => {
    const both = await bothWays(await allSeriesIds());
    expect(both.filter((b) => b.js !== "[]").length).toBeGreaterThan(20);
    for (const { id, js, sql, tx } of both) {
      expect(sql, `series ${id}`).toBe(js);
      expect(tx, `series ${id} in a transaction`).toBe(js);
    }
  });

  it("escape quotes, backslashes, line breaks, control characters and emoji as JSON.stringify does", async () => {
    const id = await aPublishedVersion();
    await demo.database.sql(
      `UPDATE measurement_version SET comment = $1, source_label = $2, value = 0.000001 WHERE id = ${id}`,
      [`"Voorlopig" \\ herzien\nnieuwe\tregel \u0001 \u001f é 😀 \u2028`, `</script><b>&amp;</b>`],
    );
    await demo.database.sql(
      `UPDATE measurement_version SET value = -123456789.123456, source_url = NULL, known_since_approximate = true,
         known_since = '2020-02-29T23:30:00Z' WHERE id = ${await aPublishedVersion(1)}`,
    );
    await demo.database.sql(`UPDATE measurement_version SET value = 0 WHERE id = ${await aPublishedVersion(2)}`);
    const seriesId = await seriesOf(id);
    const { js, sql, tx } = (await bothWays([seriesId]))[0]!;
    expect(tx).toBe(js);
    expect(js).toContain(String.raw`\"Voorlopig\" \\ herzien\nnieuwe\tregel \u0001 \u001f é 😀`);
    expect(js).toContain('"value":0.000001');
    expect(js).toContain('"value":-123456789.123456');
    expect(js).toContain('"value":0,');
    expect(sql).toBe(js);
  });

  it("give the same number, if not the same digits, for a value beyond fifteen significant digits", async () => {
    const id = await aPublishedVersion(3);
    await demo.database.sql(`UPDATE measurement_version SET value = 12345678901234.123456 WHERE id = ${id}`);
    const seriesId = await seriesOf(id);
    const { js, sql } = (await bothWays([seriesId]))[0]!;
    expect(sql).toContain('"value":12345678901234.123456');
    expect(JSON.parse(sql!)).toEqual(JSON.parse(js));
  });

  it("leave out a series holding a link that may not be published, which the rows then leave out", async () => {
    const id = await aPublishedVersion(4);
    await demo.database.sql(`UPDATE measurement_version SET source_url = 'javascript:alert(1)' WHERE id = ${id}`);
    const seriesId = await seriesOf(id);
    expect((await loadObservationsJson(db(), [seriesId])).has(seriesId)).toBe(false);
    const exported = (await getKpiObservationsJson(db(), "KPI-WZG")).toString();
    expect(exported).not.toContain("javascript:");
    expect(exported).toBe(JSON.stringify(await getKpiObservations(db(), "KPI-WZG")));
  });
});
