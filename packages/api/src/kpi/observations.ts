import { periodFacts, publishableUrl } from "@boordtabel/domain";
import { Prisma, readPlain } from "@boordtabel/db";
import type { Reader } from "../transaction.js";

export interface Observation {
  period: string;
  value: number;
  status: "provisional" | "final" | "estimate";
  source: string | null;
  sourceUrl: string | null;
  comment: string | null;
  breakInSeries: boolean;
  /** When the figure became public (ISO date): its source's publication date, else when it was
   *  validated; null for a value never validated. */
  knownSince: string | null;
  /** knownSince estimated (period end + publication lag), not read from the source. */
  knownSinceApproximate: boolean;
}

/** What the KPI page draws and judges of a value: an observation without its comment and the day it
 *  became known, which only the values table shows (`kpi.values`). */
export type PublishedPoint = Pick<
  Observation,
  "period" | "value" | "status" | "source" | "sourceUrl" | "breakInSeries"
>;

/** What the engine judges of a value. */
export type JudgedValue = Pick<Observation, "period" | "value" | "status">;

type ObservationRow = {
  series_id: number;
  period: string;
  value: number;
  status: string;
  source_label: string | null;
  source_url: string | null;
  comment: string | null;
  break_in_series: boolean;
  known_since: string | null;
  known_since_approximate: boolean;
};

/** The day a value of version `v` became public: its source's publication date, else when it
 *  was validated, as a UTC date (what `toISOString().slice(0, 10)` gives). */
export const KNOWN_SINCE_DAY = Prisma.sql`to_char(COALESCE(v.known_since, v.validated_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;

/** A measurement `m` joined to its published version `v`, withdrawn values left out: the one
 *  definition of "published" both readers of today's values (here and observations-json.ts) use,
 *  so that they cannot drift apart. A WHERE clause follows, to which a caller may add. */
const PUBLISHED_VERSION = Prisma.sql`JOIN measurement_version v ON v.id = m.published_version_id
  WHERE NOT v.withdrawn AND v.value IS NOT NULL`;

/** Today's published values, for a caller that names its series in the WHERE clause. */
export const PUBLISHED_VALUES = Prisma.sql`FROM measurement m ${PUBLISHED_VERSION}`;

/** Today's published values of these series. The series come in through `unnest` (see
 *  loadObservations). */
const publishedValuesOf = (ids: number[]) => Prisma.sql`FROM unnest(${ids}::int[]) AS wanted(id)
  JOIN measurement m ON m.series_id = wanted.id ${PUBLISHED_VERSION}`;

/** A series' values in the order `comparePeriods` gives (period end, then the longer period
 *  first), ties by measurement. */
export const PERIOD_ORDER = Prisma.sql`m.period_end, m.period_start DESC, m.id`;

/** The columns an observation is made of. The value is read as float8, which PostgreSQL converts
 *  from numeric as `Number()` converts its text (the nearest double). The known-since day is the
 *  UTC date, as `toISOString().slice(0, 10)` gives it. */
const COLUMNS = Prisma.sql`m.series_id, m.period, v.value::float8 AS value, v.status::text AS status,
  v.source_label, v.source_url, v.comment, v.break_in_series, ${KNOWN_SINCE_DAY} AS known_since,
  v.known_since_approximate`;

/** Published observations per series in one query: today's published versions, or — with
 *  `asOf` — per measurement the newest validated version known by that moment, known meaning
 *  COALESCE(knownSince, validatedAt) <= asOf (a board meeting of 12 March sees what was
 *  published by 12 March, whenever it was loaded). Withdrawn values are left out. Plain SQL, not
 *  a Prisma relation read: this is the hottest read of the application (every KPI page, export
 *  and verdict), and the nested read cost twice the query (docs/performance.md). The series come
 *  in through `unnest`, so PostgreSQL reads them one by one through the series index; with
 *  `series_id = ANY(…)` it planned one bitmap scan over all of them and, for a KPI of 1 440
 *  values, a parallel worker, which took 18–24 ms where this takes 10. */
export async function loadObservations(
  db: Reader,
  seriesIds: number[],
  asOf?: Date,
): Promise<Map<number, Observation[]>> {
  const result = new Map<number, Observation[]>(seriesIds.map((id) => [id, []]));
  if (seriesIds.length === 0) return result;
  const ids = [...new Set(seriesIds)];
  const rows = asOf
    ? await readPlain<ObservationRow>(
        db,
        Prisma.sql`
        SELECT ${COLUMNS} FROM unnest(${ids}::int[]) AS wanted(id)
        JOIN measurement m ON m.series_id = wanted.id
        JOIN LATERAL (
          SELECT * FROM measurement_version x
          WHERE x.measurement_id = m.id AND x.workflow = 'VALIDATED'
            AND COALESCE(x.known_since, x.validated_at) <= ${asOf.toISOString()}::timestamptz
          ORDER BY x.version DESC LIMIT 1
        ) v ON true
        WHERE NOT v.withdrawn AND v.value IS NOT NULL
        ORDER BY m.series_id, ${PERIOD_ORDER}`,
      )
    : await readPlain<ObservationRow>(
        db,
        Prisma.sql`SELECT ${COLUMNS} ${publishedValuesOf(ids)} ORDER BY m.series_id, ${PERIOD_ORDER}`,
      );
  for (const r of rows) {
    result.get(r.series_id)?.push({
      period: r.period,
      value: r.value,
      status: r.status.toLowerCase() as Observation["status"],
      source: r.source_label,
      sourceUrl: publishableUrl(r.source_url),
      comment: r.comment,
      breakInSeries: r.break_in_series,
      knownSince: r.known_since,
      knownSinceApproximate: r.known_since_approximate,
    });
  }
  return result;
}

/** Today's published values of one series as the KPI page needs them (`PublishedPoint`), as plain
 *  rows of six columns: the same rows in the same order as `loadObservations` reads, without the
 *  JSON PostgreSQL writes for the export, which cost it about half again as much as the rows
 *  (docs/performance.md, change 30). */
export async function loadPublishedPoints(db: Reader, seriesId: number): Promise<PublishedPoint[]> {
  const rows = await readPlain<
    Omit<ObservationRow, "series_id" | "comment" | "known_since" | "known_since_approximate">
  >(
    db,
    Prisma.sql`SELECT m.period, v.value::float8 AS value, v.status::text AS status, v.source_label, v.source_url,
      v.break_in_series ${PUBLISHED_VALUES} AND m.series_id = ${seriesId} ORDER BY ${PERIOD_ORDER}`,
  );
  return rows.map((r) => ({
    period: r.period,
    value: r.value,
    status: r.status.toLowerCase() as Observation["status"],
    source: r.source_label,
    sourceUrl: publishableUrl(r.source_url),
    breakInSeries: r.break_in_series,
  }));
}

/** True when a period key is of the KPI's frequency ("2019" for YEAR, "2019-Q3" for QUARTER …). */
export const isOfFrequency = (period: string, frequency: string): boolean =>
  periodFacts(period).frequency === frequency;

/** Status is judged on one frequency: pass the series' own frequency. Since every series holds
 *  one frequency this is a guard; a series with only other periods is judged on those. */
export function ofFrequency<T extends { period: string }>(observations: readonly T[], frequency: string): readonly T[] {
  const own = observations.filter((o) => isOfFrequency(o.period, frequency));
  return own.length > 0 ? own : observations;
}
