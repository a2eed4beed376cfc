import type { Assessment } from "@boordtabel/domain";
import type { Db, Prisma } from "@boordtabel/db";
import { assessmentFieldsSelect, assessSeries } from "./assess-kpi.js";
import { loadObservations, ofFrequency, type Observation } from "./observations.js";
import { loadTargetPaths } from "./target-paths.js";

export const SPARKLINE_POINTS = 12;

type Reader = Db | Prisma.TransactionClient;

export interface StoredStatus {
  assessment: Assessment;
  latest: Pick<Observation, "period" | "value" | "status"> | null;
  sparkline: { period: string; value: number }[];
}

/** Recomputes the stored verdict of these series from their published values, current target
 *  path and KPI rules. Every write that changes one of those calls it inside its transaction,
 *  so the stored status is never older than the data (see docs/performance.md). */
export async function refreshSeriesStatus(tx: Reader, seriesIds: number[]): Promise<void> {
  const ids = [...new Set(seriesIds)];
  if (ids.length === 0) return;
  const series = await tx.series.findMany({
    where: { id: { in: ids } },
    select: { id: true, kpi: { select: assessmentFieldsSelect } },
  });
  const [observations, paths] = await Promise.all([loadObservations(tx, ids), loadTargetPaths(tx, ids)]);
  const rows = series.map((s) => {
    const values = observations.get(s.id) ?? [];
    const { assessment } = assessSeries(s.kpi, values, paths.get(s.id));
    const own = ofFrequency(values, s.kpi.frequency);
    const last = own.at(-1);
    const stored: StoredStatus = {
      assessment,
      latest: last ? { period: last.period, value: last.value, status: last.status } : null,
      sparkline: own.slice(-SPARKLINE_POINTS).map((v) => ({ period: v.period, value: v.value })),
    };
    return {
      seriesId: s.id,
      status: assessment.status,
      assessment: stored.assessment as unknown as Prisma.InputJsonValue,
      latest: stored.latest ?? undefined,
      sparkline: stored.sparkline,
    };
  });
  await tx.seriesStatus.deleteMany({ where: { seriesId: { in: ids } } });
  await tx.seriesStatus.createMany({ data: rows });
}

/** The series of these KPIs, for refreshing after a change to the KPI's rules or path. */
export async function seriesOfKpis(tx: Reader, kpiIds: number[]): Promise<number[]> {
  const rows = await tx.series.findMany({ where: { kpiId: { in: kpiIds } }, select: { id: true } });
  return rows.map((r) => r.id);
}

/** Every series, in chunks: after loading reference data or a synthetic dataset. */
export async function refreshAllSeriesStatus(db: Reader, chunk = 200): Promise<number> {
  const all = await db.series.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  for (let i = 0; i < all.length; i += chunk) {
    await refreshSeriesStatus(
      db,
      all.slice(i, i + chunk).map((s) => s.id),
    );
  }
  return all.length;
}

/** The stored verdicts of these series, keyed by series id. */
export async function loadStoredStatus(db: Reader, seriesIds: number[]): Promise<Map<number, StoredStatus>> {
  if (seriesIds.length === 0) return new Map();
  const rows = await db.seriesStatus.findMany({
    where: { seriesId: { in: seriesIds } },
    select: { seriesId: true, assessment: true, latest: true, sparkline: true },
  });
  return new Map(
    rows.map((r) => [
      r.seriesId,
      {
        assessment: r.assessment as unknown as Assessment,
        latest: (r.latest ?? null) as StoredStatus["latest"],
        sparkline: r.sparkline as StoredStatus["sparkline"],
      },
    ]),
  );
}

/** Series that have no stored verdict yet (reference data loaded, a series added): computed once
 *  at start, so the first overview does not pay for them. */
export async function refreshMissingSeriesStatus(db: Reader, chunk = 200): Promise<number> {
  const missing = await db.series.findMany({ where: { status: null }, select: { id: true }, orderBy: { id: "asc" } });
  for (let i = 0; i < missing.length; i += chunk) {
    await refreshSeriesStatus(
      db,
      missing.slice(i, i + chunk).map((s) => s.id),
    );
  }
  return missing.length;
}
