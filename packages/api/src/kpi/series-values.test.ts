import { createDb, type Db } from "@boordtabel/db";
import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor.js";
import { callerFor, demoActors } from "../testing/actors.js";
import { getKpiObservations, getKpiObservationsJson } from "./kpi-export.service.js";
import { loadObservations } from "./observations.js";
import { publishedPoints, publishedValuesJson } from "./series-values.js";
import { refreshAllStoredVerdicts } from "./stored-verdicts.js";

let database: TestDatabase;
let actors: Record<"admin" | "editor" | "reviewer" | "viewer", Actor>;
const statements: string[] = [];
beforeAll(async () => {
  database = await createTestDatabase({ db: { onQuery: (sql) => statements.push(sql) } });
  actors = await demoActors(database.db);
  await refreshAllStoredVerdicts(database.db);
});
afterAll(() => database.drop());

/** The statements that read series' values as JSON text, run while `read` runs. */
async function valueReads(read: () => Promise<unknown>): Promise<number> {
  return (await reads(read)).json;
}

/** The statements that read series' values while `read` runs: as the export's JSON text, and as
 *  the KPI page's points. */
async function reads(read: () => Promise<unknown>): Promise<{ json: number; points: number }> {
  statements.length = 0;
  await read();
  return {
    json: statements.filter((s) => s.includes("string_agg") && s.includes("values_revision")).length,
    points: statements.filter((s) => s.includes("SELECT m.period, v.value::float8")).length,
  };
}

const revisions = async () =>
  new Map(
    (await database.sql<{ id: number; r: string }>(`SELECT id, values_revision::text AS r FROM series`)).rows.map(
      (row) => [row.id, row.r],
    ),
  );

/** The series whose revision differs between two readings. */
const moved = (before: Map<number, string>, after: Map<number, string>) =>
  [...after].filter(([id, r]) => before.get(id) !== r).map(([id]) => id);

/** A series of KPI-WZG by key, with the id of its oldest published version. */
async function seriesOf(key: string) {
  const { rows } = await database.sql<{ id: number; version: number; measurement: number }>(`
    SELECT s.id, m.published_version_id AS version, m.id AS measurement FROM series s
    JOIN kpi k ON k.id = s.kpi_id JOIN measurement m ON m.series_id = s.id
    WHERE k.code = 'KPI-WZG' AND s.key = '${key}' AND m.published_version_id IS NOT NULL
    ORDER BY m.period_end LIMIT 1`);
  return rows[0]!;
}

describe("a series' values revision", () => {
  it("moves with every write to the series' published values, and no other series' revision moves", async () => {
    const total = await seriesOf("total");
    const cases: [string, string][] = [
      ["a version's value", `UPDATE measurement_version SET value = value + 0.1 WHERE id = ${total.version}`],
      ["a withdrawal", `UPDATE measurement_version SET withdrawn = true WHERE id = ${total.version}`],
      ["no published version", `UPDATE measurement SET published_version_id = NULL WHERE id = ${total.measurement}`],
      [
        "a published version",
        `UPDATE measurement SET published_version_id = ${total.version} WHERE id = ${total.measurement}`,
      ],
      ["a measurement removed", `DELETE FROM measurement WHERE id = ${total.measurement}`],
      [
        "a measurement published as it comes in (as an import writes it)",
        `WITH ids AS (SELECT nextval('measurement_id_seq')::int AS m, nextval('measurement_version_id_seq')::int AS v),
         made AS (INSERT INTO measurement (id, series_id, period, period_start, period_end, published_version_id)
                  SELECT m, ${total.id}, '2031', '2031-01-01', '2031-12-31', v FROM ids RETURNING 1)
         INSERT INTO measurement_version (id, measurement_id, version, value, workflow, submitted_at, validated_at)
         SELECT v, m, 1, 80, 'VALIDATED', now(), now() FROM ids`,
      ],
      ["that measurement removed", `DELETE FROM measurement WHERE series_id = ${total.id} AND period = '2031'`],
    ];
    for (const [what, sql] of cases) {
      const before = await revisions();
      await database.sql(sql);
      expect(moved(before, await revisions()), what).toEqual([total.id]);
    }
  });

  it("moves once for every series one statement touches, and not for what leaves the published values alone", async () => {
    const [a, b] = [await seriesOf("total"), await seriesOf((await otherKey()) ?? "total")];
    let before = await revisions();
    await database.sql(`UPDATE measurement_version SET comment = 'herzien' WHERE id IN (${a.version}, ${b.version})`);
    expect(moved(before, await revisions()).sort()).toEqual([a.id, b.id].sort());
    const untouched: [string, string][] = [
      [
        "a measurement's draft counter",
        `UPDATE measurement SET current_version = current_version + 1 WHERE id = ${a.measurement}`,
      ],
      [
        "a new draft version",
        `INSERT INTO measurement_version (measurement_id, version, value) VALUES (${a.measurement}, 99, 1)`,
      ],
      [
        "a draft edited",
        `UPDATE measurement_version SET value = 2 WHERE measurement_id = ${a.measurement} AND version = 99`,
      ],
      ["a draft removed", `DELETE FROM measurement_version WHERE measurement_id = ${a.measurement} AND version = 99`],
      [
        "a measurement without a published version",
        `INSERT INTO measurement (series_id, period, period_start, period_end) VALUES (${a.id}, '2032', '2032-01-01', '2032-12-31')`,
      ],
      ["that measurement removed", `DELETE FROM measurement WHERE series_id = ${a.id} AND period = '2032'`],
    ];
    for (const [what, sql] of untouched) {
      before = await revisions();
      await database.sql(sql);
      expect(moved(before, await revisions()), what).toEqual([]);
    }
  });
});

/** A key of another KPI-WZG series with published values. */
async function otherKey(): Promise<string | undefined> {
  const { rows } = await database.sql<{ key: string }>(`
    SELECT DISTINCT s.key FROM series s JOIN kpi k ON k.id = s.kpi_id JOIN measurement m ON m.series_id = s.id
    WHERE k.code = 'KPI-WZG' AND s.key <> 'total' AND m.published_version_id IS NOT NULL ORDER BY s.key LIMIT 1`);
  return rows[0]?.key;
}

describe("a series' values kept between reads", () => {
  const as = (who: keyof typeof actors, db: Db = database.db) => callerFor(db, actors[who]);
  const key = { kpi: "KPI-WZG", series: "total" };

  it("are read again after a write to them, not after a write elsewhere", async () => {
    await getKpiObservationsJson(database.db, "KPI-WZG");
    expect(await valueReads(() => getKpiObservationsJson(database.db, "KPI-WZG"))).toBe(0);
    await database.sql(`UPDATE plan SET title_en = title_en WHERE code = 'IAB'`); // moves the data version only
    expect(await valueReads(() => getKpiObservationsJson(database.db, "KPI-WZG"))).toBe(0);
    // The page reads the points of the series it shows, once.
    const page = () => as("viewer").kpi.detail({ code: "KPI-WZG" });
    expect(await reads(page)).toEqual({ json: 0, points: 1 });
    await database.sql(`UPDATE plan SET title_en = title_en WHERE code = 'IAB'`);
    expect(await reads(page)).toEqual({ json: 0, points: 0 });
    await as("editor").measurement.record({ ...key, period: "2024", value: 76.4, source: "Statbel EAK 2024" });
    await as("editor").measurement.submit({ ...key, period: "2024", expectedVersion: 1 });
    await as("reviewer").measurement.validate({ ...key, period: "2024", expectedVersion: 1 });
    // After the write to its values, the page and the export each read the series once and keep it.
    let shown: Awaited<ReturnType<typeof page>> | undefined;
    expect(await reads(async () => (shown = await page()))).toEqual({ json: 0, points: 1 });
    expect(shown!.chart.points.at(-1)).toMatchObject({ period: "2024", value: 76.4 });
    expect(await reads(page)).toEqual({ json: 0, points: 0 });
    let sent = "";
    expect(await reads(async () => (sent = (await getKpiObservationsJson(database.db, "KPI-WZG")).toString()))).toEqual(
      { json: 1, points: 0 },
    );
    expect(await valueReads(() => getKpiObservationsJson(database.db, "KPI-WZG"))).toBe(0);
    expect(sent).toContain('{"period":"2024","value":76.4');
    expect(sent).toBe(JSON.stringify(await getKpiObservations(database.db, "KPI-WZG")));
  });

  it("show another instance's write to the next read of this one", async () => {
    const other = createDb(database.connection);
    try {
      await getKpiObservationsJson(database.db, "KPI-WZG");
      await as("editor", other).measurement.record({
        ...key,
        period: "2024",
        value: 76.9,
        source: "Statbel EAK 2024",
        expectedVersion: 1,
        reason: "herziening",
      });
      await as("editor", other).measurement.submit({ ...key, period: "2024", expectedVersion: 2 });
      await as("reviewer", other).measurement.validate({ ...key, period: "2024", expectedVersion: 2 });
      expect((await getKpiObservationsJson(database.db, "KPI-WZG")).toString()).toContain(
        '{"period":"2024","value":76.9',
      );
      const page = await as("viewer").kpi.detail({ code: "KPI-WZG" });
      expect(page.chart.points.at(-1)).toMatchObject({ period: "2024", value: 76.9 });
      expect((await as("viewer").kpi.values({ code: "KPI-WZG" })).values.at(-1)).toMatchObject({
        period: "2024",
        value: 76.9,
      });
    } finally {
      await other.$disconnect();
    }
  });

  it("are not kept from inside a transaction, which reads its own writes", async () => {
    const total = await seriesOf("total");
    const ref = async () => ({
      id: total.id,
      valuesRevision: (
        await database.sql<{ r: string }>(`SELECT values_revision::text AS r FROM series WHERE id = ${total.id}`)
      ).rows[0]!.r,
    });
    const committed = await publishedValuesJson(database.db, [await ref()]);
    const inside = await database.db
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`UPDATE measurement_version SET comment = 'binnen' WHERE id = ${total.version}`);
        const revision = (
          await tx.$queryRawUnsafe<{ r: string }[]>(
            `SELECT values_revision::text AS r FROM series WHERE id = ${total.id}`,
          )
        )[0]!.r;
        const read = await publishedValuesJson(tx, [{ id: total.id, valuesRevision: revision }]);
        throw Object.assign(new Error("rollback"), { read });
      })
      .catch((error: { read: Map<number, Buffer> }) => error.read);
    expect(inside.get(total.id)?.toString()).toContain('"comment":"binnen"');
    expect(await publishedValuesJson(database.db, [await ref()])).toEqual(committed);
  });
});

describe("the KPI page's points of a series", () => {
  const refs = async () =>
    (
      await database.sql<{ id: number; r: string }>(
        `SELECT id, values_revision::text AS r FROM series WHERE id IN (SELECT series_id FROM measurement) ORDER BY id`,
      )
    ).rows.map((row) => ({ id: row.id, valuesRevision: row.r }));
  const asPoints = (values: Awaited<ReturnType<typeof loadObservations>>, id: number) =>
    (values.get(id) ?? []).map(({ period, value, status, source, sourceUrl, breakInSeries }) => ({
      period,
      value,
      status,
      source,
      sourceUrl,
      breakInSeries,
    }));

  it("are the published values every other read gives, field for field and in the same order, for every series", async () => {
    const all = await refs();
    expect(all.length).toBeGreaterThan(20);
    const values = await loadObservations(
      database.db,
      all.map((s) => s.id),
    );
    for (const ref of all)
      expect([...(await publishedPoints(database.db, ref))], `series ${ref.id}`).toEqual(asPoints(values, ref.id));
  });

  it("leave out withdrawn values and links that may not be published, as the export does", async () => {
    const total = await seriesOf("total");
    await database.sql(`UPDATE measurement_version SET source_url = 'javascript:alert(1)' WHERE id = ${total.version}`);
    const ref = (await refs()).find((s) => s.id === total.id)!;
    let points = await publishedPoints(database.db, ref);
    expect(points[0]).toMatchObject({ sourceUrl: null });
    expect(points.some((p) => p.sourceUrl?.startsWith("javascript:"))).toBe(false);
    const count = points.length;
    await database.sql(`UPDATE measurement_version SET withdrawn = true WHERE id = ${total.version}`);
    points = await publishedPoints(
      database.db,
      (await refs()).find((s) => s.id === total.id)!,
    );
    expect(points).toHaveLength(count - 1);
    expect([...points]).toEqual(asPoints(await loadObservations(database.db, [total.id]), total.id));
    await database.sql(
      `UPDATE measurement_version SET withdrawn = false, source_url = NULL WHERE id = ${total.version}`,
    );
  });

  it("are kept frozen, so that no request can change what the next one is sent", async () => {
    const ref = (await refs())[0]!;
    const points = await publishedPoints(database.db, ref);
    expect(await publishedPoints(database.db, ref)).toBe(points);
    expect(() => ((points[0] as { value: number }).value = -1)).toThrow(TypeError);
    expect(() => (points as unknown as { period: string }[]).push({ period: "2099" })).toThrow(TypeError);
  });

  it("are not kept from inside a transaction, which reads its own writes", async () => {
    const total = await seriesOf("total");
    const ref = async () => (await refs()).find((s) => s.id === total.id)!;
    const committed = await publishedPoints(database.db, await ref());
    const inside = await database.db
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`UPDATE measurement_version SET value = 12.5 WHERE id = ${total.version}`);
        const revision = (
          await tx.$queryRawUnsafe<{ r: string }[]>(
            `SELECT values_revision::text AS r FROM series WHERE id = ${total.id}`,
          )
        )[0]!.r;
        const read = await publishedPoints(tx, { id: total.id, valuesRevision: revision });
        throw Object.assign(new Error("rollback"), { read });
      })
      .catch((error: { read: readonly { value: number }[] }) => error.read);
    expect(inside[0]!.value).toBe(12.5);
    expect(await publishedPoints(database.db, await ref())).toBe(committed);
  });
});
