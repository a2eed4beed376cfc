import type { Assessment } from "@boordtabel/domain";
import { Prisma, readPlain, type PlainValue } from "@boordtabel/db";
import type { Reader, Tx } from "../transaction.js";
import { isEmptyScope, scopeSql, type SeriesScope } from "./series-scope.js";
import { assessmentFieldsSelect, assessSeries, type AssessOptions, type KpiForAssessment } from "./engine-adapter.js";
import type { TargetPathDto } from "./kpi.selects.js";
import { loadObservations, ofFrequency, type Observation } from "./observations.js";
import { loadTargetPaths } from "./target-paths.js";
import { notifyCorrectiveActionsDue } from "../corrective-action/notify-due.js";
import { writeStatusHistory } from "./status-history.js";

export const SPARKLINE_POINTS = 12;

export interface StoredVerdict {
  assessment: Assessment;
  latest: Pick<Observation, "period" | "value" | "status"> | null;
  sparkline: { period: string; value: number }[];
}

/** The verdict of one series from its published values and target path: what is stored, and
 *  what the overview computes itself for a date in the past. */
export function verdictOf(
  kpi: KpiForAssessment,
  values: Observation[],
  path: TargetPathDto | undefined,
  options: AssessOptions = {},
): StoredVerdict {
  return verdictFrom(assessSeries(kpi, values, path, options).assessment, values, options.frequency ?? kpi.frequency);
}

/** The verdict around an assessment already made: the latest value and the sparkline. */
function verdictFrom(assessment: Assessment, values: Observation[], frequency: string): StoredVerdict {
  const own = ofFrequency(values, frequency);
  const last = own.at(-1);
  return {
    assessment,
    latest: last ? { period: last.period, value: last.value, status: last.status } : null,
    sparkline: own.slice(-SPARKLINE_POINTS).map((v) => ({ period: v.period, value: v.value })),
  };
}

/** THE RULE: every write that changes what is published about a series (a value published,
 *  a target path revised, a KPI's direction, method, thresholds or unit changed) refreshes the
 *  stored verdict of that series through this helper, inside the write's own transaction, so
 *  the stored status is never older than the data (see docs/performance.md). It is the only
 *  writer of stored verdicts for writes; the start-up refreshers below catch up on series that
 *  have none yet or whose verdict expired with time. stored-verdicts.test.ts holds the rule. */
export async function refreshStoredVerdicts(tx: Tx, seriesIds: number[]): Promise<void> {
  await writeVerdicts(tx, seriesIds);
  // A series that now needs corrective action tells its steward's editors (target cycle).
  await notifyCorrectiveActionsDue(tx, seriesIds);
}

/** Recomputes the stored verdict of these series from their published values, current target
 *  path and KPI rules, and their status history (the verdicts as known on each day before). */
async function writeVerdicts(db: Reader, seriesIds: number[]): Promise<void> {
  const ids = [...new Set(seriesIds)];
  if (ids.length === 0) return;
  const series = await db.series.findMany({
    where: { id: { in: ids } },
    select: { id: true, frequency: true, kpi: { select: assessmentFieldsSelect } },
  });
  const [observations, paths] = await Promise.all([loadObservations(db, ids), loadTargetPaths(db, ids)]);
  const rows = series.map((s) => {
    const values = observations.get(s.id) ?? [];
    const { assessment, forecast } = assessSeries(s.kpi, values, paths.get(s.id), { frequency: s.frequency });
    const stored = verdictFrom(assessment, values, s.frequency);
    return {
      series_id: s.id,
      status: assessment.status,
      assessment,
      latest: stored.latest ?? null,
      sparkline: stored.sparkline,
      // Wrapped, so "no forecast" (too few values) differs from a column never written (NULL).
      forecast: { forecast },
    };
  });
  // One statement, an upsert: two instances refreshing the same series at start (or two writes)
  // never meet on the primary key, as a delete followed by an insert did. The statement trigger
  // on series_status moves the data version at commit, so cached reads age with the verdicts.
  await db.$executeRaw`
    INSERT INTO series_status (series_id, status, assessment, latest, sparkline, forecast, computed_at)
    SELECT r.series_id, r.status, r.assessment, r.latest, r.sparkline, r.forecast, now()
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS r(series_id int, status text, assessment jsonb, latest jsonb, sparkline jsonb, forecast jsonb)
    ON CONFLICT (series_id) DO UPDATE SET status = EXCLUDED.status, assessment = EXCLUDED.assessment,
      latest = EXCLUDED.latest, sparkline = EXCLUDED.sparkline, forecast = EXCLUDED.forecast,
      computed_at = EXCLUDED.computed_at`;
  await writeStatusHistory(db, ids);
}

/** The series of these KPIs, for refreshing after a change to the KPI's rules or path. */
export async function seriesOfKpis(tx: Reader, kpiIds: number[]): Promise<number[]> {
  const rows = await tx.series.findMany({ where: { kpiId: { in: kpiIds } }, select: { id: true } });
  return rows.map((r) => r.id);
}

/** Every series (after loading a synthetic dataset), in chunks. */
export const refreshAllStoredVerdicts = (db: Reader) => refreshInChunks(db, {});

/** The stored verdicts of these series that still hold on `today`, keyed by series id. A verdict
 *  whose `validUntil` has come (a target period ended, a further period fell due since it was
 *  stored) is left out, so the caller computes it afresh: time alone never makes a status lie. */
export async function loadStoredVerdicts(
  db: Reader,
  seriesIds: SeriesScope,
  today: string = new Date().toISOString().slice(0, 10),
): Promise<Map<number, StoredVerdict>> {
  if (isEmptyScope(seriesIds)) return new Map();
  // A plain read (the overview makes it on every first read after a write): JSON documents
  // the write stored from these very types.
  const rows = await readPlain<{
    series_id: number;
    assessment: PlainValue;
    latest: PlainValue;
    sparkline: PlainValue;
  }>(db, Prisma.sql`SELECT series_id, assessment, latest, sparkline FROM series_status WHERE ${scopeSql(seriesIds)}`);
  const current = rows.filter((r) => stillValid(r.assessment as Prisma.JsonValue, today));
  return new Map(
    current.map((r) => [
      r.series_id,
      {
        assessment: r.assessment as unknown as Assessment,
        latest: (r.latest ?? null) as unknown as StoredVerdict["latest"],
        sparkline: r.sparkline as unknown as StoredVerdict["sparkline"],
      },
    ]),
  );
}

/** A stored assessment holds until its `validUntil` comes (none: it holds until the data change). */
export function stillValid(assessment: Prisma.JsonValue, today: string): boolean {
  const validUntil = (assessment as { validUntil?: string } | null)?.validUntil;
  return validUntil === undefined || validUntil > today;
}

/** Series that have no stored verdict yet (reference data loaded, a series added): computed once
 *  at start, so the first overview does not pay for them. */
export const refreshMissingStoredVerdicts = (db: Reader) =>
  refreshInChunks(db, {
    OR: [
      { status: null },
      // Rows stored before the forecast was (migration 20261202140000) get it once.
      { status: { forecast: { equals: Prisma.DbNull } } },
      // Existing databases get their status history once (migration 20261202100000).
      { statusHistory: { none: {} }, measurements: { some: { versions: { some: { workflow: "VALIDATED" } } } } },
    ],
  });

/** Series whose stored verdict has expired by `today` (see loadStoredVerdicts): refreshed at start,
 *  so reads after a quiet night do not all compute the same verdicts themselves. */
export async function refreshExpiredStoredVerdicts(
  db: Reader,
  today: string = new Date().toISOString().slice(0, 10),
): Promise<number> {
  const rows = await db.$queryRaw<{ series_id: number }[]>`
    SELECT series_id FROM series_status WHERE assessment->>'validUntil' <= ${today}`;
  return refreshInChunks(db, { id: { in: rows.map((r) => r.series_id) } });
}

async function refreshInChunks(db: Reader, where: Prisma.SeriesWhereInput, chunk = 200): Promise<number> {
  const ids = (await db.series.findMany({ where, select: { id: true }, orderBy: { id: "asc" } })).map((s) => s.id);
  for (let i = 0; i < ids.length; i += chunk) await writeVerdicts(db, ids.slice(i, i + chunk));
  return ids.length;
}
