import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assessmentFieldsSelect } from "./engine-adapter.js";
import { loadObservations } from "./observations.js";
import { loadHistoricVerdicts, writeStatusHistory } from "./status-history.js";
import { refreshAllStoredVerdicts, refreshStoredVerdicts, verdictOf, type StoredVerdict } from "./stored-verdicts.js";
import { loadTargetPaths } from "./target-paths.js";
import { getPlanOverview } from "../plan/plan-overview.service.js";

let database: TestDatabase;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

/** What the engine says from the raw values as known on `asOf`: the reference. */
async function engineVerdicts(seriesIds: number[], asOf: string): Promise<Map<number, StoredVerdict>> {
  const db = database.db;
  const moment = new Date(`${asOf}T23:59:59.999Z`);
  const [series, observations, paths] = await Promise.all([
    db.series.findMany({
      where: { id: { in: seriesIds } },
      select: { id: true, frequency: true, kpi: { select: assessmentFieldsSelect } },
    }),
    loadObservations(db, seriesIds, moment),
    loadTargetPaths(db, seriesIds, moment),
  ]);
  return new Map(
    series.map((s) => [
      s.id,
      verdictOf(s.kpi, observations.get(s.id) ?? [], paths.get(s.id), { today: asOf, frequency: s.frequency }),
    ]),
  );
}

/** Every stored answer on `asOf` equals the engine's (a day the history does not hold is
 *  left to the reader, and counted). */
async function expectHistoryMatchesEngine(seriesIds: number[], dates: string[]): Promise<number> {
  let held = 0;
  for (const asOf of dates) {
    const [stored, engine] = await Promise.all([
      loadHistoricVerdicts(database.db, seriesIds, asOf),
      engineVerdicts(seriesIds, asOf),
    ]);
    for (const [id, verdict] of stored) {
      held++;
      expect({ id, asOf, ...JSON.parse(JSON.stringify(verdict)) }).toEqual({
        id,
        asOf,
        ...JSON.parse(JSON.stringify(engine.get(id))),
      });
    }
  }
  return held;
}

const historyRows = () =>
  database.db.seriesStatusHistory.findMany({ orderBy: [{ seriesId: "asc" }, { validFrom: "asc" }] });

const shift = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe("the stored status history (as known on a day)", () => {
  it("answers the seeded plans' as-of views exactly as the engine does from the values", async () => {
    const db = database.db;
    const dates = ["1998-06-30", "2019-07-01", "2020-12-31", "2021-01-01", "2023-01-15", "2023-06-30", today];
    const live = await Promise.all(dates.map((asOf) => getPlanOverview(db, { code: "IAB", asOf })));
    await refreshAllStoredVerdicts(db);
    expect(await db.seriesStatusHistory.count()).toBeGreaterThan(40);
    const seriesIds = (await db.series.findMany({ select: { id: true } })).map((s) => s.id);
    // Every day on which a row begins or ends, the day before it, and the chosen dates.
    const bounds = new Set(dates);
    for (const r of await historyRows()) {
      const from = r.validFrom.toISOString().slice(0, 10);
      bounds.add(from).add(shift(from, -1));
      if (r.validUntil) bounds.add(shift(r.validUntil.toISOString().slice(0, 10), -1));
    }
    const sample = [...bounds].sort().filter((_, i) => i % 7 === 0);
    expect(await expectHistoryMatchesEngine(seriesIds, [...new Set([...sample, ...dates])])).toBeGreaterThan(1000);
    // The plan overview from the history is the one computed from the values.
    for (const [i, asOf] of dates.entries()) expect(await getPlanOverview(db, { code: "IAB", asOf })).toEqual(live[i]);
    // Today's row is in the history: the latest chain reaches today.
    const withHistory = new Set((await historyRows()).map((r) => r.seriesId));
    expect((await loadHistoricVerdicts(db, seriesIds, today)).size).toBe(withHistory.size);
  });

  it("follows a randomized history of values, revisions, withdrawals and backdated knowledge", async () => {
    const db = database.db;
    const series = await db.series.findFirstOrThrow({
      where: { kpi: { code: "KPI-WZG" }, key: "total" },
      select: { id: true },
    });
    let seed = 16;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
    const randomDay = () =>
      shift("2015-01-01", Math.floor((random() * (Date.parse(today) - Date.parse("2015-01-01"))) / 86_400_000));
    for (let step = 0; step < 25; step++) {
      const year = 2005 + Math.floor(random() * 20);
      const kind = pick(["value", "value", "withdraw", "path"]);
      const known = randomDay();
      if (kind === "path") {
        // A target revision decided on a day in the past.
        await db.$executeRaw`
          UPDATE target_path SET known_since = ${new Date(`${known}T00:00:00Z`)}
          WHERE id = (SELECT id FROM target_path WHERE series_id = ${series.id} ORDER BY random() LIMIT 1)`;
      } else {
        await db.$executeRaw`
          INSERT INTO measurement (series_id, period, period_start, period_end, current_version)
          VALUES (${series.id}, ${String(year)}, ${new Date(`${year}-01-01`)}, ${new Date(`${year}-12-31`)}, 1)
          ON CONFLICT DO NOTHING`;
        await db.$executeRaw`
          INSERT INTO measurement_version (measurement_id, version, value, status, workflow, withdrawn, source_label,
                                           submitted_at, validated_at, known_since)
          SELECT m.id, (SELECT COALESCE(max(version), 0) + 1 FROM measurement_version WHERE measurement_id = m.id), ${kind === "withdraw" ? null : 70 + Math.round(random() * 100) / 10},
                 ${pick(["FINAL", "PROVISIONAL"])}::"MeasurementStatus", 'VALIDATED', ${kind === "withdraw"},
                 'Test', now(), now(), ${random() < 0.2 ? null : new Date(`${known}T${pick(["00:00:00", "23:59:59"])}Z`)}
          FROM measurement m WHERE m.series_id = ${series.id} AND m.period = ${String(year)}`;
        await db.$executeRaw`
          UPDATE measurement m SET current_version = (SELECT max(version) FROM measurement_version WHERE measurement_id = m.id)
          WHERE series_id = ${series.id} AND period = ${String(year)}`;
      }
      // The write path: the history brought up to date incrementally.
      await refreshStoredVerdicts(db, [series.id]);
    }
    const incremental = await historyRows();
    // Built from scratch it is the same …
    await db.seriesStatusHistory.deleteMany({ where: { seriesId: series.id } });
    await writeStatusHistory(db, [series.id]);
    expect(await historyRows()).toEqual(incremental);
    // … and it answers as the engine does: before anything was known, between two
    // publications, on the days themselves, and today.
    const days = [
      ...new Set(
        incremental.filter((r) => r.seriesId === series.id).map((r) => r.validFrom.toISOString().slice(0, 10)),
      ),
    ];
    const dates = [...new Set(["1990-01-01", today, ...days.flatMap((d) => [d, shift(d, -1), shift(d, 3)])])];
    expect(await expectHistoryMatchesEngine([series.id], dates)).toBeGreaterThan(days.length);
  });
});
