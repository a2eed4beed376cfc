import { DomainError, type annotationInputSchema } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import type { z } from "zod";
import { audited, type AuditActor } from "../audit.js";
import { kpiId, planId } from "../lookups.js";

export function createAnnotation(
  db: Db,
  actor: AuditActor & { id: string },
  input: z.infer<typeof annotationInputSchema>,
) {
  if (!input.plan && !input.kpi) throw new DomainError("BAD_INPUT", "annotation.subject");
  return audited(db, actor, { action: "annotation.create", entityType: "annotation" }, async (tx) => {
    const annotation = await tx.annotation.create({
      data: {
        planId: input.plan ? await planId(tx, input.plan) : null,
        kpiId: input.kpi ? await kpiId(tx, input.kpi) : null,
        date: new Date(`${input.date}T00:00:00Z`),
        kind: input.kind.toUpperCase() as "NOTE",
        titleNl: input.titleNl,
        titleEn: input.titleEn,
        sourceUrl: input.sourceUrl ?? null,
        authorId: actor.id,
      },
      select: { id: true, date: true, kind: true, titleNl: true },
    });
    const dto = { ...annotation, date: input.date };
    return { entityId: annotation.id, after: dto, result: dto };
  });
}

export function deleteAnnotation(db: Db, actor: AuditActor, id: number) {
  return audited(db, actor, { action: "annotation.delete", entityType: "annotation" }, async (tx) => {
    const before = await tx.annotation.findUnique({ where: { id }, select: { titleNl: true, date: true } });
    if (!before) throw new DomainError("NOT_FOUND", "entity.notFound");
    await tx.annotation.delete({ where: { id } });
    return { entityId: id, before, result: { id, deleted: true } };
  });
}
