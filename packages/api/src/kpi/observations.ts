import { parsePeriod, publishableUrl } from "@boordtabel/domain";
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

/** Published observations per series in one query: today's published versions, or — with
 *  `asOf` — per measurement the newest validated version known by that moment, known meaning
 *  COALESCE(knownSince, validatedAt) <= asOf (a board meeting of 12 March sees what was
 *  published by 12 March, whenever it was loaded). Withdrawn values are left out. */
export async function loadObservations(
  db: Reader,
  seriesIds: number[],
  asOf?: Date,
): Promise<Map<number, Observation[]>> {
  const result = new Map<number, Observation[]>(seriesIds.map((id) => [id, []]));
  if (seriesIds.length === 0) return result;
  const versionSelect = {
    value: true,
    status: true,
    withdrawn: true,
    sourceLabel: true,
    sourceUrl: true,
    comment: true,
    breakInSeries: true,
    knownSince: true,
    knownSinceApproximate: true,
    validatedAt: true,
  } as const;
  const rows = asOf
    ? await db.measurementVersion.findMany({
        where: {
          measurement: { seriesId: { in: seriesIds } },
          workflow: "VALIDATED",
          OR: [{ knownSince: { lte: asOf } }, { knownSince: null, validatedAt: { lte: asOf } }],
        },
        orderBy: [{ measurementId: "asc" }, { version: "desc" }],
        distinct: ["measurementId"],
        select: { ...versionSelect, measurement: { select: { seriesId: true, period: true, periodEnd: true } } },
      })
    : await db.measurementVersion.findMany({
        where: { publishedOf: { seriesId: { in: seriesIds } } },
        select: { ...versionSelect, measurement: { select: { seriesId: true, period: true, periodEnd: true } } },
      });
  rows
    .filter((r) => !r.withdrawn && r.value !== null)
    .sort((a, b) => a.measurement.periodEnd.getTime() - b.measurement.periodEnd.getTime())
    .forEach((r) =>
      result.get(r.measurement.seriesId)?.push({
        period: r.measurement.period,
        value: r.value!.toNumber(),
        status: r.status.toLowerCase() as Observation["status"],
        source: r.sourceLabel,
        sourceUrl: publishableUrl(r.sourceUrl),
        comment: r.comment,
        breakInSeries: r.breakInSeries,
        knownSince: (r.knownSince ?? r.validatedAt)?.toISOString().slice(0, 10) ?? null,
        knownSinceApproximate: r.knownSinceApproximate,
      }),
    );
  return result;
}

/** True when a period key is of the KPI's frequency ("2019" for YEAR, "2019-Q3" for QUARTER …). */
export const isOfFrequency = (period: string, frequency: string): boolean =>
  parsePeriod(period).frequency === frequency;

/** Status is judged on one frequency: pass the series' own frequency. Since every series holds
 *  one frequency this is a guard; a series with only other periods is judged on those. */
export function ofFrequency<T extends { period: string }>(observations: T[], frequency: string): T[] {
  const own = observations.filter((o) => isOfFrequency(o.period, frequency));
  return own.length > 0 ? own : observations;
}
