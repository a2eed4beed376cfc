import { DomainError, type Unit } from "@boordtabel/domain";
import type { Prisma } from "@boordtabel/db";
import type { Reader } from "../transaction.js";
import type { Actor } from "./actor.js";

/** One row of an editor's scope: a KPI, or every KPI an organisation stewards. */
export type EditorScope = { kpiId: number | null; organisationId: number | null };

/** What the scope check needs to know of a KPI: its id and its stewarding organisations. */
export const scopedKpiSelect = {
  id: true,
  code: true,
  unit: true,
  kind: true,
  stewards: { select: { organisationId: true } },
} satisfies Prisma.KpiSelect;

type ScopedKpi = Prisma.KpiGetPayload<{ select: typeof scopedKpiSelect }>;

/** The scope rows of an editor; other roles are never scoped (an empty list). */
export const editorScopes = (db: Reader, actor: Actor): Promise<EditorScope[]> =>
  actor.role === "EDITOR"
    ? db.editorScope.findMany({ where: { userId: actor.id }, select: { kpiId: true, organisationId: true } })
    : Promise.resolve([]);

/** The one scope rule: an editor limited to some KPIs or to organisations' KPIs may write only
 *  those; an editor without scope rows, and every other role, may write every KPI. */
export function inScope(
  actor: Actor,
  scopes: EditorScope[],
  kpi: { id: number; stewards: { organisationId: number | null }[] },
): boolean {
  if (actor.role !== "EDITOR" || scopes.length === 0) return true;
  const stewards = new Set(kpi.stewards.map((s) => s.organisationId));
  return scopes.some((s) => s.kpiId === kpi.id || (s.organisationId !== null && stewards.has(s.organisationId)));
}

/** `inScope` as a query condition on KPIs, for lists of what an editor may write (empty when
 *  the editor is not scoped). */
export function kpisInScope(scopes: EditorScope[]): Prisma.KpiWhereInput {
  if (scopes.length === 0) return {};
  const kpiIds = scopes.flatMap((s) => (s.kpiId !== null ? [s.kpiId] : []));
  const organisationIds = scopes.flatMap((s) => (s.organisationId !== null ? [s.organisationId] : []));
  return { OR: [{ id: { in: kpiIds } }, { stewards: { some: { organisationId: { in: organisationIds } } } }] };
}

/** An editor with scope rows writes only per-KPI data; plan-wide data is outside every scope. */
export const isScoped = async (db: Reader, actor: Actor): Promise<boolean> =>
  (await editorScopes(db, actor)).length > 0;

export interface WritableKpi {
  id: number;
  code: string;
  unit: Unit;
  kind: string;
}

/** The KPI a write touches, found by code or id and checked against the actor's scope: NOT_FOUND
 *  when it does not exist, FORBIDDEN (`kpi.outOfScope`) when the actor may not write it. Every
 *  per-KPI write that does not go through `locateSeries` calls this. */
export async function writableKpi(
  db: Reader,
  actor: Actor,
  key: { code: string } | { id: number },
): Promise<WritableKpi> {
  const [kpi, scopes] = await Promise.all([
    db.kpi.findUnique({ where: key, select: scopedKpiSelect }),
    editorScopes(db, actor),
  ]);
  if (!kpi) throw new DomainError("NOT_FOUND", "kpi.notFound", { code: "code" in key ? key.code : String(key.id) });
  assertInScope(actor, scopes, kpi);
  return { id: kpi.id, code: kpi.code, unit: kpi.unit.toLowerCase() as Unit, kind: kpi.kind.toLowerCase() };
}

export function assertInScope(actor: Actor, scopes: EditorScope[], kpi: ScopedKpi): void {
  if (!inScope(actor, scopes, kpi)) throw new DomainError("FORBIDDEN", "kpi.outOfScope", { code: kpi.code });
}
