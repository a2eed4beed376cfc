import type { Assessment, Forecast } from "@boordtabel/domain";
import { Prisma } from "@boordtabel/db";
import type { Reader } from "../transaction.js";
import { assessSeries, type AssessOptions, type KpiForAssessment } from "./engine-adapter.js";
import type { TargetPathDto } from "./kpi.selects.js";
import type { Observation } from "./observations.js";
import { stillValid } from "./stored-verdicts.js";

// Today's KPI page and export read the assessment and forecast that every write stores with the
// verdict (series_status), instead of running the engine and the forecast over every value on
// each request (issue 16). As-of reads, and series whose verdict expired or was never stored,
// still compute them: what a read answers never depends on whether a verdict was stored.

export interface AssessedSeries {
  assessment: Assessment;
  forecast: Forecast | null;
}

/** The stored assessment and forecast of these series that still hold on `today`, keyed by
 *  series id, in one query. Rows whose forecast was never stored (from before it was) are left
 *  out, like expired ones (see loadStoredVerdicts): the caller computes those. */
export async function loadStoredAssessments(
  db: Reader,
  seriesIds: number[],
  today: string = new Date().toISOString().slice(0, 10),
): Promise<Map<number, AssessedSeries>> {
  if (seriesIds.length === 0) return new Map();
  const rows = await db.seriesStatus.findMany({
    where: { seriesId: { in: seriesIds }, forecast: { not: Prisma.DbNull } },
    select: { seriesId: true, assessment: true, forecast: true },
  });
  return new Map(
    rows
      .filter((r) => stillValid(r.assessment, today))
      .map((r) => [
        r.seriesId,
        {
          assessment: r.assessment as unknown as Assessment,
          forecast: (r.forecast as unknown as { forecast: Forecast | null }).forecast,
        },
      ]),
  );
}

/** The assessment and forecast a read publishes: the stored ones when there are, else computed,
 *  in the same key order either way (see inKeyOrder), so both answers are the same bytes. */
export function storedOrAssessed(
  stored: AssessedSeries | undefined,
  kpi: KpiForAssessment,
  observations: Observation[],
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
