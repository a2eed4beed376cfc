import type { Assessment, Forecast } from "@boordtabel/domain";
import type { Prisma } from "@boordtabel/db";
import { assessSeries, type AssessOptions, type KpiForAssessment } from "./engine-adapter.js";
import type { TargetPathDto } from "./kpi.selects.js";
import type { JudgedValue } from "./observations.js";
import { stillValid } from "./stored-verdicts.js";

// Today's KPI page and export read the assessment and forecast that every write stores with the
// verdict (series_status), instead of running the engine and the forecast over every value on
// each request (issue 16). As-of reads, and series whose verdict expired or was never stored,
// still compute them: what a read answers never depends on whether a verdict was stored.

export interface AssessedSeries {
  assessment: Assessment;
  forecast: Forecast | null;
}

/** What a read selects of a series' stored row, as a relation of the series it reads anyway
 *  (`series: { select: { status: { select: storedAssessmentSelect } } }`): no round trip of its
 *  own. */
export const storedAssessmentSelect = { assessment: true, forecast: true } as const;

/** A stored row as the assessment and forecast a read may publish on `today`: none when the
 *  series has no row, its forecast was never stored, or its verdict expired. */
export function toStoredAssessment(
  row: { assessment: Prisma.JsonValue; forecast: Prisma.JsonValue } | null,
  today: string = new Date().toISOString().slice(0, 10),
): AssessedSeries | undefined {
  if (!row || row.forecast === null || !stillValid(row.assessment, today)) return undefined;
  return {
    assessment: row.assessment as unknown as Assessment,
    forecast: (row.forecast as unknown as { forecast: Forecast | null }).forecast,
  };
}

/** Stored verdicts read as a relation of the series, keyed by series id. */
export const storedBySeries = (
  series: { id: number; status: { assessment: Prisma.JsonValue; forecast: Prisma.JsonValue } | null }[],
): Map<number, AssessedSeries> =>
  new Map(
    series.flatMap((s) => {
      const stored = toStoredAssessment(s.status);
      return stored ? [[s.id, stored] as const] : [];
    }),
  );

/** The assessment and forecast a read publishes: the stored ones when there are, else computed,
 *  in the same key order either way (see inKeyOrder), so both answers are the same bytes. */
export function storedOrAssessed(
  stored: AssessedSeries | undefined,
  kpi: KpiForAssessment,
  observations: readonly JudgedValue[],
  path: TargetPathDto | null | undefined,
  options: AssessOptions = {},
): AssessedSeries {
  return inKeyOrder(stored ?? assessSeries(kpi, observations, path ?? undefined, options));
}

/** A copy of a JSON value with every object's keys sorted and undefined properties dropped.
 *  jsonb keeps no key order (it sorts keys by length), so a verdict read back from it would
 *  serialise differently from one the engine just made; sorting both makes them identical. */
export function inKeyOrder<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => inKeyOrder(v)) as T;
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]): [string, unknown] => [k, inKeyOrder(v)]);
  return Object.fromEntries(entries) as T;
}
