import { DomainError } from "@boordtabel/domain";
import type { Prisma } from "@boordtabel/db";
import type { Actor } from "../auth/actor.js";

type Tx = Prisma.TransactionClient;

export interface LocatedSeries {
  kpi: { id: number; code: string; unit: string; decimals: number; kind: string };
  seriesId: number;
}

/** The KPI and series a value belongs to; an editor limited to some KPIs or an organisation's
 *  KPIs may only touch those. */
export async function locateSeries(tx: Tx, actor: Actor, kpiCode: string, seriesKey: string): Promise<LocatedSeries> {
  const kpi = await tx.kpi.findUnique({
    where: { code: kpiCode },
    select: {
      id: true,
      code: true,
      unit: true,
      decimals: true,
      kind: true,
      series: { where: { key: seriesKey }, select: { id: true } },
      stewards: { select: { organisationId: true } },
    },
  });
  if (!kpi) throw new DomainError("NOT_FOUND", "kpi.notFound", { code: kpiCode });
  const series = kpi.series[0];
  if (!series) throw new DomainError("NOT_FOUND", "series.notFound", { code: kpiCode, series: seriesKey });
  if (actor.role === "EDITOR") {
    const scopes = await tx.editorScope.findMany({
      where: { userId: actor.id },
      select: { kpiId: true, organisationId: true },
    });
    const stewards = new Set(kpi.stewards.map((s) => s.organisationId));
    const allowed =
      scopes.length === 0 ||
      scopes.some((s) => s.kpiId === kpi.id || (s.organisationId !== null && stewards.has(s.organisationId)));
    if (!allowed) throw new DomainError("FORBIDDEN", "kpi.outOfScope", { code: kpiCode });
  }
  return {
    kpi: {
      id: kpi.id,
      code: kpi.code,
      unit: kpi.unit.toLowerCase(),
      decimals: kpi.decimals,
      kind: kpi.kind.toLowerCase(),
    },
    seriesId: series.id,
  };
}
