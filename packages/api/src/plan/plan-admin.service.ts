import { DomainError, type planInputSchema } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import type { z } from "zod";
import { audited, type AuditActor } from "../audit.js";
import { organisationId, planId } from "../lookups.js";

type PlanInput = z.infer<typeof planInputSchema>;

export function createPlan(db: Db, actor: AuditActor, input: PlanInput) {
  return audited(db, actor, { action: "plan.create", entityType: "plan" }, async (tx) => {
    const { ownerOrganisation, ...fields } = input;
    const plan = await tx.plan.create({
      data: { ...fields, ownerOrganisationId: ownerOrganisation ? await organisationId(tx, ownerOrganisation) : null },
      select: { code: true, titleNl: true, titleEn: true },
    });
    return { entityId: plan.code, after: plan, result: plan };
  });
}

export function updatePlan(db: Db, actor: AuditActor, input: PlanInput) {
  return audited(db, actor, { action: "plan.update", entityType: "plan" }, async (tx) => {
    const select = {
      code: true,
      titleNl: true,
      titleEn: true,
      descriptionNl: true,
      descriptionEn: true,
      periodStart: true,
      periodEnd: true,
      sourceDocument: true,
    } as const;
    const before = await tx.plan.findUnique({ where: { code: input.code }, select });
    if (!before) throw new DomainError("NOT_FOUND", "plan.notFound", { code: input.code });
    const { ownerOrganisation, code, ...fields } = input;
    const after = await tx.plan.update({
      where: { code },
      data: {
        ...fields,
        ...(ownerOrganisation ? { ownerOrganisationId: await organisationId(tx, ownerOrganisation) } : {}),
      },
      select,
    });
    return { entityId: code, before, after, result: after };
  });
}

/** Archived plans leave the lists; nothing is deleted. */
export function setPlanArchived(db: Db, actor: AuditActor, code: string, archived: boolean) {
  return audited(db, actor, { action: archived ? "plan.archive" : "plan.restore", entityType: "plan" }, async (tx) => {
    await planId(tx, code);
    const after = await tx.plan.update({
      where: { code },
      data: { archivedAt: archived ? new Date() : null },
      select: { code: true, archivedAt: true },
    });
    return { entityId: code, after, result: { code, archived } };
  });
}
