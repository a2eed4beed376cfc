import type { Db } from "@boordtabel/db";

export interface Observation {
  period: string;
  value: number;
  status: "provisional" | "final" | "estimate";
  source: string | null;
  sourceUrl: string | null;
  breakInSeries: boolean;
}

/** Published observations per series in one query: today's published versions, or — with
 *  `asOf` — the versions that had been validated by that moment (a board meeting of 12 March
 *  sees what was published by 12 March). Withdrawn values are left out. */
export async function loadObservations(db: Db, seriesIds: number[], asOf?: Date): Promise<Map<number, Observation[]>> {
  const result = new Map<number, Observation[]>(seriesIds.map((id) => [id, []]));
  if (seriesIds.length === 0) return result;
  const versionSelect = {
    value: true,
    status: true,
    withdrawn: true,
    sourceLabel: true,
    sourceUrl: true,
    breakInSeries: true,
  } as const;
  const rows = asOf
    ? await db.measurementVersion.findMany({
        where: { measurement: { seriesId: { in: seriesIds } }, workflow: "VALIDATED", validatedAt: { lte: asOf } },
        orderBy: [{ measurementId: "asc" }, { validatedAt: "desc" }, { version: "desc" }],
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
        sourceUrl: r.sourceUrl,
        breakInSeries: r.breakInSeries,
      }),
    );
  return result;
}

const FREQUENCY_PATTERNS: Record<string, RegExp> = {
  YEAR: /^\d{4}$/,
  SCHOOL_YEAR: /^\d{4}-\d{4}$/,
  QUARTER: /^\d{4}-Q\d$/,
  MONTH: /^\d{4}-\d{2}$/,
};

/** Status is judged on the KPI's own frequency (an annual KPI on its years, not on a stray
 *  quarter); a series with only other periods is judged on those. */
export function ofFrequency(observations: Observation[], frequency: string): Observation[] {
  const pattern = FREQUENCY_PATTERNS[frequency];
  const own = pattern ? observations.filter((o) => pattern.test(o.period)) : observations;
  return own.length > 0 ? own : observations;
}
