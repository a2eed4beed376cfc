import { DomainError, type annotationInputSchema } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import type { z } from "zod";
import { audited } from "../audit.js";
import type { Actor } from "../auth/actor.js";
import { isScoped, writableKpi } from "../auth/editor-scope.js";
import { planId } from "../lookups.js";
import type { Tx } from "../transaction.js";

/** A KPI's annotation needs the KPI in the actor's scope; a plan-wide one is outside every
 *  editor's scope, so only an unscoped editor (or an admin) writes it. */
async function checkSubject(tx: Tx, actor: Actor, subject: { kpiId: number | null }): Promise<void> {
  if (subject.kpiId !== null) await writableKpi(tx, actor, { id: subject.kpiId });
  else if (await isScoped(tx, actor)) throw new DomainError("FORBIDDEN", "annotation.planOutOfScope");
}

export function createAnnotation(db: Db, actor: Actor, input: z.infer<typeof annotationInputSchema>) {
  if (!input.plan && !input.kpi) throw new DomainError("BAD_INPUT", "annotation.subject");
  return audited(db, actor, { action: "annotation.create", entityType: "annotation" }, async (tx) => {
    const kpiId = input.kpi ? (await writableKpi(tx, actor, { code: input.kpi })).id : null;
    if (kpiId === null) await checkSubject(tx, actor, { kpiId });
    const annotation = await tx.annotation.create({
      data: {
        planId: input.plan ? await planId(tx, input.plan) : null,
        kpiId,
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

export function deleteAnnotation(db: Db, actor: Actor, id: number) {
  return audited(db, actor, { action: "annotation.delete", entityType: "annotation" }, async (tx) => {
    const found = await tx.annotation.findUnique({ where: { id }, select: { kpiId: true, titleNl: true, date: true } });
    if (!found) throw new DomainError("NOT_FOUND", "entity.notFound");
    const { kpiId, ...before } = found;
    await checkSubject(tx, actor, { kpiId });
    await tx.annotation.delete({ where: { id } });
    return { entityId: id, before, result: { id, deleted: true } };
  });
}
