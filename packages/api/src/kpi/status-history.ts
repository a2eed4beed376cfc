import { createHash } from "node:crypto";
import { Prisma, readPlain, type PlainValue } from "@boordtabel/db";
import type { Reader } from "../transaction.js";
import { isEmptyScope, scopeSql, type SeriesScope } from "./series-scope.js";
import { num } from "../dto.js";
import { assessmentFieldsSelect, type KpiForAssessment } from "./engine-adapter.js";
import { targetPathSelect, toTargetPathDto, type TargetPathDto } from "./kpi.selects.js";
import type { Observation } from "./observations.js";
import { verdictOf, type StoredVerdict } from "./stored-verdicts.js";

// The status history per series: the verdict "as known on D" for every day D, stored as rows
// that each hold from `valid_from` until `valid_until` (exclusive). A verdict on D depends on
//  - the inputs known by the end of D: per measurement its newest validated version whose
//    COALESCE(known_since, validated_at) falls on or before D, and the newest target-path
//    revision whose COALESCE(known_since, created_at) does (SPEC §2: as-of is about knowledge);
//    a *state* of the inputs begins on each day something became known;
//  - D itself: staleness and past targets are judged against D. The engine tells on which day
//    time alone next changes a verdict (`validUntil`), so within a state the verdict is a chain
//    of rows computed on the state's first day, then on each `validUntil`.
// Only the days from the first changed state on are recomputed on a write: each state-start row
// carries a fingerprint of the inputs known by then (chained, so a change on an early day
// changes every later fingerprint). The chain of the latest state runs to today; a later day
// past its last row is computed from the values by the reader (plan-overview.service.ts).

interface VersionRow {
  measurement_id: number;
  period: string;
  period_end: Date;
  version_id: number;
  version: number;
  value: number | null;
  status: string;
  withdrawn: boolean;
  known: Date;
}

const pathSelect = { ...targetPathSelect, id: true, seriesId: true, knownSince: true } as const;
type PathRow = Prisma.TargetPathGetPayload<{ select: typeof pathSelect }>;
type Event = { kind: "version"; row: VersionRow } | { kind: "path"; row: PathRow };

export interface HistoryRow {
  series_id: number;
  valid_from: string;
  valid_until: string | null;
  state_start: boolean;
  fingerprint: string;
  status: string;
  assessment: unknown;
  latest: unknown;
  sparkline: unknown;
}

interface State {
  from: string;
  fingerprint: string;
  values: Observation[];
  path: TargetPathDto | undefined;
}

const day = (d: Date): string => d.toISOString().slice(0, 10);

/** The states of one series' inputs, oldest first: one per day on which something became known. */
export function statesOf(rules: string, versions: VersionRow[], paths: PathRow[]): State[] {
  const byDay = new Map<string, Event[]>();
  const add = (d: string, e: Event) => byDay.set(d, [...(byDay.get(d) ?? []), e]);
  for (const v of versions) add(day(v.known), { kind: "version", row: v });
  for (const p of paths) add(day(p.knownSince ?? p.createdAt), { kind: "path", row: p });
  const newest = new Map<number, VersionRow>(); // per measurement, the highest version known
  let path: PathRow | undefined;
  let fingerprint = createHash("sha1").update(rules).digest("base64");
  const states: State[] = [];
  for (const d of [...byDay.keys()].sort()) {
    const events = byDay.get(d)!;
    const hash = createHash("sha1").update(fingerprint).update(d);
    for (const e of events.map(describe).sort()) hash.update(e);
    fingerprint = hash.digest("base64");
    for (const e of events) {
      if (e.kind === "version") {
        const seen = newest.get(e.row.measurement_id);
        if (!seen || seen.version < e.row.version) newest.set(e.row.measurement_id, e.row);
      } else if (!path || path.revision < e.row.revision) path = e.row;
    }
    const values = [...newest.values()]
      .filter((v) => !v.withdrawn && v.value !== null)
      .sort((a, b) => a.period_end.getTime() - b.period_end.getTime() || a.measurement_id - b.measurement_id)
      .map((v): Observation => ({
        period: v.period,
        value: v.value!,
        status: v.status.toLowerCase() as Observation["status"],
        source: null,
        sourceUrl: null,
        comment: null,
        breakInSeries: false,
        knownSince: null,
        knownSinceApproximate: false,
      }));
    states.push({ from: d, fingerprint, values, path: path ? (toTargetPathDto(path) ?? undefined) : undefined });
  }
  return states;
}

function describe(e: Event): string {
  if (e.kind === "path") return JSON.stringify(["p", e.row.id, e.row.revision, toTargetPathDto(e.row)]);
  const v = e.row;
  return JSON.stringify(["v", v.version_id, v.measurement_id, v.period, v.version, v.value, v.status, v.withdrawn]);
}

/** The rows of one series from `start` on: the state covering `start` chained to the next
 *  state, and so on; the latest state is chained until a row covers `today`. */
export function historyRows(
  seriesId: number,
  kpi: KpiForAssessment,
  frequency: string,
  states: State[],
  start: string,
  today: string,
): HistoryRow[] {
  const rows: HistoryRow[] = [];
  for (let i = 0; i < states.length; i++) {
    const state = states[i]!;
    const end = states[i + 1]?.from ?? null;
    if (end !== null && end <= start) continue;
    let d = state.from < start ? start : state.from;
    for (;;) {
      const verdict: StoredVerdict = verdictOf(kpi, state.values, state.path, { today: d, frequency });
      const until = verdict.assessment.validUntil ?? null;
      const last = end === null ? until === null || until > today : until === null || until >= end;
      rows.push({
        series_id: seriesId,
        valid_from: d,
        valid_until: end === null ? until : last ? end : until,
        state_start: d === state.from,
        fingerprint: state.fingerprint,
        status: verdict.assessment.status,
        assessment: verdict.assessment,
        latest: verdict.latest,
        sparkline: verdict.sparkline,
      });
      if (last) break;
      d = until!;
    }
  }
  return rows;
}

/** The KPI rules the verdict depends on, as text (a change rebuilds the whole history). */
const rulesOf = (kpi: KpiForAssessment, frequency: string): string =>
  JSON.stringify([
    kpi.direction,
    kpi.frequency,
    kpi.reportingInterval ?? null,
    kpi.publicationLagMonths ?? null,
    kpi.unit,
    kpi.decimals,
    kpi.statusMethod,
    num(kpi.onTrackThreshold),
    num(kpi.atRiskThreshold),
    frequency,
  ]);

/** Brings the history of these series up to date with their values, target paths and KPI rules,
 *  recomputing only from the first day whose inputs changed (or the end of the latest chain).
 *  Called by writeVerdicts, inside the write's transaction. */
export async function writeStatusHistory(
  db: Reader,
  seriesIds: number[],
  today: string = day(new Date()),
): Promise<void> {
  const ids = [...new Set(seriesIds)];
  if (ids.length === 0) return;
  const [series, versions, paths, stored] = await Promise.all([
    db.series.findMany({
      where: { id: { in: ids } },
      select: { id: true, frequency: true, kpi: { select: assessmentFieldsSelect } },
    }),
    db.$queryRaw<(VersionRow & { series_id: number })[]>`
      SELECT m.series_id, m.id AS measurement_id, m.period, m.period_end, v.id AS version_id, v.version,
             v.value::float8 AS value, v.status::text AS status, v.withdrawn,
             COALESCE(v.known_since, v.validated_at) AS known
      FROM measurement m JOIN measurement_version v ON v.measurement_id = m.id
      WHERE m.series_id = ANY(${ids}) AND v.workflow = 'VALIDATED'
        AND COALESCE(v.known_since, v.validated_at) IS NOT NULL`,
    db.targetPath.findMany({ where: { seriesId: { in: ids } }, select: pathSelect }),
    db.$queryRaw<{ series_id: number; valid_from: Date; valid_until: Date | null; fingerprint: string }[]>`
      SELECT series_id, valid_from, valid_until, fingerprint FROM series_status_history
      WHERE series_id = ANY(${ids}) AND state_start
      UNION ALL
      SELECT * FROM (SELECT DISTINCT ON (series_id) series_id, valid_from, valid_until, NULL
                     FROM series_status_history WHERE series_id = ANY(${ids})
                     ORDER BY series_id, valid_from DESC) latest`,
  ]);
  const group = <T extends { series_id?: number; seriesId?: number }>(rows: T[]) => {
    const map = new Map<number, T[]>();
    for (const r of rows) {
      const id = (r.series_id ?? r.seriesId)!;
      map.set(id, [...(map.get(id) ?? []), r]);
    }
    return map;
  };
  const versionsOf = group(versions);
  const pathsOf = group(paths);
  const storedOf = group(stored);

  const cuts: { series_id: number; from: string | null }[] = [];
  const rows: HistoryRow[] = [];
  for (const s of series) {
    const states = statesOf(rulesOf(s.kpi, s.frequency), versionsOf.get(s.id) ?? [], pathsOf.get(s.id) ?? []);
    const start = rebuildFrom(states, storedOf.get(s.id) ?? [], today);
    if (start === undefined) continue;
    cuts.push({ series_id: s.id, from: start });
    if (start !== null) rows.push(...historyRows(s.id, s.kpi, s.frequency, states, start, today));
  }
  if (cuts.length === 0) return;
  // From each series' first changed day on, the rows are replaced; the row before it ends there.
  const cutJson = JSON.stringify(cuts);
  await db.$executeRaw`
    DELETE FROM series_status_history h
    USING jsonb_to_recordset(${cutJson}::jsonb) AS c(series_id int, "from" date)
    WHERE h.series_id = c.series_id AND (c."from" IS NULL OR h.valid_from >= c."from")`;
  await db.$executeRaw`
    UPDATE series_status_history h SET valid_until = c."from"
    FROM jsonb_to_recordset(${cutJson}::jsonb) AS c(series_id int, "from" date)
    WHERE h.series_id = c.series_id AND h.valid_from < c."from"
      AND (h.valid_until IS NULL OR h.valid_until > c."from")`;
  if (rows.length === 0) return;
  await db.$executeRaw`
    INSERT INTO series_status_history
      (series_id, valid_from, valid_until, state_start, fingerprint, status, assessment, latest, sparkline)
    SELECT r.series_id, r.valid_from, r.valid_until, r.state_start, r.fingerprint, r.status, r.assessment,
           r.latest, r.sparkline
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(series_id int, valid_from date,
      valid_until date, state_start boolean, fingerprint text, status text, assessment jsonb, latest jsonb,
      sparkline jsonb)
    ON CONFLICT (series_id, valid_from) DO UPDATE SET valid_until = EXCLUDED.valid_until,
      state_start = EXCLUDED.state_start, fingerprint = EXCLUDED.fingerprint, status = EXCLUDED.status,
      assessment = EXCLUDED.assessment, latest = EXCLUDED.latest, sparkline = EXCLUDED.sparkline`;
}

/** The first day to recompute: undefined when the stored history is current, null when the
 *  series has no history at all (every row goes). */
function rebuildFrom(
  states: State[],
  stored: { valid_from: Date; valid_until: Date | null; fingerprint: string | null }[],
  today: string,
): string | null | undefined {
  const starts = stored
    .filter((r) => r.fingerprint !== null)
    .sort((a, b) => a.valid_from.getTime() - b.valid_from.getTime());
  const latest = stored.find((r) => r.fingerprint === null);
  if (states.length === 0) return stored.length === 0 ? undefined : null;
  // The latest chain ends where it was last brought up to date (a then-today).
  const chainEnd = latest?.valid_until ? day(latest.valid_until) : null;
  const n = Math.max(states.length, starts.length);
  for (let i = 0; i < n; i++) {
    const computed = states[i];
    const kept = starts[i];
    if (computed && kept && computed.from === day(kept.valid_from) && computed.fingerprint === kept.fingerprint)
      continue;
    const froms = [computed?.from, kept ? day(kept.valid_from) : undefined].filter((d): d is string => !!d);
    const from = froms.sort()[0]!;
    // A change after the end of the latest chain: continue that chain up to the change.
    return latest && chainEnd !== null && chainEnd < from && day(latest.valid_from) < from
      ? day(latest.valid_from)
      : from;
  }
  // Same inputs: extend the latest chain when it no longer covers today.
  if (latest && chainEnd !== null && chainEnd <= today) return day(latest.valid_from);
  return undefined;
}

/** The stored verdicts as known on `asOf` (ISO date) of these series, where the history holds
 *  that day; a series left out is computed from its values by the caller. */
export async function loadHistoricVerdicts(
  db: Reader,
  seriesIds: SeriesScope,
  asOf: string,
): Promise<Map<number, StoredVerdict>> {
  if (isEmptyScope(seriesIds)) return new Map();
  // The day as text: `pg` reads a date as local midnight, Prisma as UTC midnight (readPlain).
  const rows = await readPlain<{
    series_id: number;
    valid_until: string | null;
    assessment: PlainValue;
    latest: PlainValue;
    sparkline: PlainValue;
  }>(
    db,
    Prisma.sql`
      SELECT DISTINCT ON (series_id) series_id, to_char(valid_until, 'YYYY-MM-DD') AS valid_until,
             assessment, latest, sparkline
      FROM series_status_history
      WHERE ${scopeSql(seriesIds)} AND valid_from <= ${asOf}::date
      ORDER BY series_id, valid_from DESC`,
  );
  return new Map(
    rows
      .filter((r) => r.valid_until === null || r.valid_until > asOf)
      .map((r) => [
        r.series_id,
        {
          // JSON documents the write stored from these very types.
          assessment: r.assessment as unknown as StoredVerdict["assessment"],
          latest: (r.latest ?? null) as unknown as StoredVerdict["latest"],
          sparkline: r.sparkline as unknown as StoredVerdict["sparkline"],
        },
      ]),
  );
}
