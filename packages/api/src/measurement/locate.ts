import { DomainError } from "@boordtabel/domain";
import type { Prisma } from "@boordtabel/db";
import type { Actor } from "../auth/actor.js";
import { editorScopes, inScope, type EditorScope } from "../auth/editor-scope.js";
import type { Tx } from "../transaction.js";

export interface LocatedSeries {
  kpi: { id: number; code: string; unit: string; decimals: number; kind: string };
  seriesId: number;
  /** The series' own frequency: it holds periods of that frequency only. */
  frequency: "YEAR" | "SCHOOL_YEAR" | "QUARTER" | "MONTH";
}

const kpiSelect = {
  id: true,
  code: true,
  unit: true,
  decimals: true,
  kind: true,
  series: { select: { id: true, key: true, frequency: true } },
  stewards: { select: { organisationId: true } },
} satisfies Prisma.KpiSelect;

type KpiRow = Prisma.KpiGetPayload<{ select: typeof kpiSelect }>;

/** The series, or why it cannot be touched (unknown, or outside an editor's scope: `inScope`). */
function resolve(actor: Actor, scopes: EditorScope[], kpiCode: string, seriesKey: string, kpi: KpiRow | undefined) {
  if (!kpi) return new DomainError("NOT_FOUND", "kpi.notFound", { code: kpiCode });
  const series = kpi.series.find((s) => s.key === seriesKey);
  if (!series) return new DomainError("NOT_FOUND", "series.notFound", { code: kpiCode, series: seriesKey });
  if (!inScope(actor, scopes, kpi)) return new DomainError("FORBIDDEN", "kpi.outOfScope", { code: kpiCode });
  const located: LocatedSeries = {
    kpi: {
      id: kpi.id,
      code: kpi.code,
      unit: kpi.unit.toLowerCase(),
      decimals: kpi.decimals,
      kind: kpi.kind.toLowerCase(),
    },
    seriesId: series.id,
    frequency: series.frequency,
  };
  return located;
}

/** The KPI and series a value belongs to, or the error that says why it cannot be touched. */
export async function locateSeries(tx: Tx, actor: Actor, kpiCode: string, seriesKey: string): Promise<LocatedSeries> {
  const [kpi, scopes] = await Promise.all([
    tx.kpi.findUnique({ where: { code: kpiCode }, select: kpiSelect }),
    editorScopes(tx, actor),
  ]);
  const located = resolve(actor, scopes, kpiCode, seriesKey, kpi ?? undefined);
  if (located instanceof DomainError) throw located;
  return located;
}

/** `locateSeries` for many (KPI, series) pairs in two queries, keyed "kpi|series". */
export async function locateMany(
  tx: Tx,
  actor: Actor,
  pairs: { kpi: string; series: string }[],
): Promise<Map<string, LocatedSeries | DomainError>> {
  const codes = [...new Set(pairs.map((p) => p.kpi))];
  const [kpis, scopes] = await Promise.all([
    tx.kpi.findMany({ where: { code: { in: codes } }, select: kpiSelect }),
    editorScopes(tx, actor),
  ]);
  const byCode = new Map(kpis.map((k) => [k.code, k]));
  return new Map(
    pairs.map((p) => [`${p.kpi}|${p.series}`, resolve(actor, scopes, p.kpi, p.series, byCode.get(p.kpi))]),
  );
}
