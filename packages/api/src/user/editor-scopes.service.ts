import { DomainError } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import { audited, type AuditActor } from "../audit.js";
import { kpiId, organisationId } from "../lookups.js";

/** Limits an editor to given KPIs and organisations' KPIs; no scope means all KPIs. */
export function setEditorScopes(
  db: Db,
  actor: AuditActor,
  input: { userId: string; kpis: string[]; organisations: string[] },
) {
  return audited(db, actor, { action: "user.scopes", entityType: "user" }, async (tx) => {
    if (!(await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } })))
      throw new DomainError("NOT_FOUND", "user.notFound");
    const before = await tx.editorScope.findMany({
      where: { userId: input.userId },
      select: { kpi: { select: { code: true } }, organisation: { select: { code: true } } },
    });
    await tx.editorScope.deleteMany({ where: { userId: input.userId } });
    const kpiIds = await Promise.all(input.kpis.map((code) => kpiId(tx, code)));
    const orgIds = await Promise.all(input.organisations.map((code) => organisationId(tx, code)));
    await tx.editorScope.createMany({
      data: [
        ...kpiIds.map((id) => ({ userId: input.userId, kpiId: id })),
        ...orgIds.map((id) => ({ userId: input.userId, organisationId: id })),
      ],
    });
    return {
      entityId: input.userId,
      before: {
        kpis: before.flatMap((s) => (s.kpi ? [s.kpi.code] : [])),
        organisations: before.flatMap((s) => (s.organisation ? [s.organisation.code] : [])),
      },
      after: { kpis: input.kpis, organisations: input.organisations },
      result: { userId: input.userId, kpis: input.kpis, organisations: input.organisations },
    };
  });
}
