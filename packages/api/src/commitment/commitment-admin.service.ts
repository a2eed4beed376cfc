import { DomainError, type commitmentInputSchema } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import type { z } from "zod";
import { audited, type AuditActor } from "../audit.js";
import { kpiId, nodeOf, planId } from "../lookups.js";

type CommitmentInput = z.infer<typeof commitmentInputSchema>;
const date = (d?: string) => (d ? new Date(`${d}T00:00:00Z`) : null);
const select = {
  code: true,
  titleNl: true,
  titleEn: true,
  kind: true,
  startDate: true,
  deadline: true,
  node: { select: { code: true } },
} as const;

export function saveCommitment(db: Db, actor: AuditActor, input: CommitmentInput) {
  return audited(db, actor, { action: "commitment.save", entityType: "commitment" }, async (tx) => {
    const plan = await planId(tx, input.plan);
    const node = await nodeOf(tx, input.node);
    if (node.planId !== plan) throw new DomainError("BAD_INPUT", "node.otherPlan");
    const data = {
      planId: plan,
      nodeId: node.id,
      titleNl: input.titleNl,
      titleEn: input.titleEn,
      descriptionNl: input.descriptionNl ?? null,
      kind: input.kind.toUpperCase() as "DEMAND",
      startDate: date(input.startDate),
      deadline: date(input.deadline),
    };
    const before = await tx.commitment.findUnique({ where: { code: input.code }, select });
    const after = await tx.commitment.upsert({
      where: { code: input.code },
      create: { ...data, code: input.code },
      update: data,
      select,
    });
    return { entityId: input.code, before, after, result: { code: after.code } };
  });
}

export function addMilestone(
  db: Db,
  actor: AuditActor,
  input: { commitment: string; titleNl: string; titleEn: string; dueDate?: string },
) {
  return audited(db, actor, { action: "milestone.create", entityType: "commitment" }, async (tx) => {
    const commitment = await tx.commitment.findUnique({ where: { code: input.commitment }, select: { id: true } });
    if (!commitment) throw new DomainError("NOT_FOUND", "commitment.notFound", { code: input.commitment });
    const count = await tx.milestone.count({ where: { commitmentId: commitment.id } });
    const milestone = await tx.milestone.create({
      data: {
        commitmentId: commitment.id,
        titleNl: input.titleNl,
        titleEn: input.titleEn,
        dueDate: date(input.dueDate),
        sortOrder: count,
      },
      select: { id: true, titleNl: true, dueDate: true },
    });
    return { entityId: input.commitment, after: milestone, result: { id: milestone.id } };
  });
}

export function completeMilestone(db: Db, actor: AuditActor, input: { id: number; doneAt: string }) {
  return audited(db, actor, { action: "milestone.complete", entityType: "milestone" }, async (tx) => {
    const before = await tx.milestone.findUnique({ where: { id: input.id }, select: { titleNl: true, doneAt: true } });
    if (!before) throw new DomainError("NOT_FOUND", "entity.notFound");
    const after = await tx.milestone.update({
      where: { id: input.id },
      data: { doneAt: date(input.doneAt) },
      select: { titleNl: true, doneAt: true },
    });
    return { entityId: input.id, before, after, result: { id: input.id, doneAt: input.doneAt } };
  });
}

export function linkKpi(db: Db, actor: AuditActor, input: { commitment: string; kpi: string; linked: boolean }) {
  return audited(
    db,
    actor,
    { action: input.linked ? "commitment.linkKpi" : "commitment.unlinkKpi", entityType: "commitment" },
    async (tx) => {
      const commitment = await tx.commitment.findUnique({ where: { code: input.commitment }, select: { id: true } });
      if (!commitment) throw new DomainError("NOT_FOUND", "commitment.notFound", { code: input.commitment });
      const kpi = await kpiId(tx, input.kpi);
      if (input.linked)
        await tx.commitmentKpi.createMany({
          data: [{ commitmentId: commitment.id, kpiId: kpi }],
          skipDuplicates: true,
        });
      else await tx.commitmentKpi.deleteMany({ where: { commitmentId: commitment.id, kpiId: kpi } });
      return {
        entityId: input.commitment,
        after: { kpi: input.kpi, linked: input.linked },
        result: { commitment: input.commitment, kpi: input.kpi, linked: input.linked },
      };
    },
  );
}
