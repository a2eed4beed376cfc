import { DomainError, type nodeInputSchema } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import type { z } from "zod";
import { audited, type AuditActor } from "../audit.js";
import { nodeOf, planId } from "../lookups.js";

type NodeInput = z.infer<typeof nodeInputSchema>;

export function createNode(db: Db, actor: AuditActor, input: NodeInput) {
  return audited(db, actor, { action: "node.create", entityType: "plan_node" }, async (tx) => {
    const plan = await planId(tx, input.plan);
    const parent = input.parent ? await nodeOf(tx, input.parent) : null;
    if (parent && parent.planId !== plan) throw new DomainError("BAD_INPUT", "node.otherPlan");
    const siblings = await tx.planNode.count({ where: { planId: plan, parentId: parent?.id ?? null } });
    const node = await tx.planNode.create({
      data: {
        planId: plan,
        parentId: parent?.id ?? null,
        code: input.code,
        kind: input.kind.toUpperCase() as Uppercase<NodeInput["kind"]>,
        level: parent ? parent.level + 1 : 1,
        number: input.number ?? null,
        titleNl: input.titleNl,
        titleEn: input.titleEn,
        sortOrder: 1000 + siblings,
      },
      select: { code: true, kind: true, level: true, number: true, titleNl: true, titleEn: true },
    });
    return { entityId: node.code, after: node, result: node };
  });
}

export function updateNode(
  db: Db,
  actor: AuditActor,
  input: { code: string; number?: string; titleNl: string; titleEn: string },
) {
  return audited(db, actor, { action: "node.update", entityType: "plan_node" }, async (tx) => {
    const select = { code: true, number: true, titleNl: true, titleEn: true } as const;
    const before = await tx.planNode.findUnique({ where: { code: input.code }, select });
    if (!before) throw new DomainError("NOT_FOUND", "node.notFound", { code: input.code });
    const after = await tx.planNode.update({
      where: { code: input.code },
      data: { number: input.number ?? before.number, titleNl: input.titleNl, titleEn: input.titleEn },
      select,
    });
    return { entityId: input.code, before, after, result: after };
  });
}

/** Only an empty node can go: one with commitments, KPIs or children answers CONFLICT. */
export function deleteNode(db: Db, actor: AuditActor, code: string) {
  return audited(db, actor, { action: "node.delete", entityType: "plan_node" }, async (tx) => {
    const node = await tx.planNode.findUnique({
      where: { code },
      select: {
        id: true,
        code: true,
        titleNl: true,
        _count: { select: { children: true, commitments: true, kpiLinks: true } },
      },
    });
    if (!node) throw new DomainError("NOT_FOUND", "node.notFound", { code });
    if (node._count.children + node._count.commitments + node._count.kpiLinks > 0)
      throw new DomainError("CONFLICT", "entity.inUse");
    await tx.planNode.delete({ where: { id: node.id } });
    return { entityId: code, before: { code: node.code, titleNl: node.titleNl }, result: { code, deleted: true } };
  });
}
