import { DomainError } from "@boordtabel/domain";
import type { Tx } from "./transaction.js";

export async function planId(tx: Tx, code: string): Promise<number> {
  const plan = await tx.plan.findUnique({ where: { code }, select: { id: true } });
  if (!plan) throw new DomainError("NOT_FOUND", "plan.notFound", { code });
  return plan.id;
}

export async function nodeOf(tx: Tx, code: string): Promise<{ id: number; planId: number; level: number }> {
  const node = await tx.planNode.findUnique({ where: { code }, select: { id: true, planId: true, level: true } });
  if (!node) throw new DomainError("NOT_FOUND", "node.notFound", { code });
  return node;
}

export async function kpiId(tx: Tx, code: string): Promise<number> {
  const kpi = await tx.kpi.findUnique({ where: { code }, select: { id: true } });
  if (!kpi) throw new DomainError("NOT_FOUND", "kpi.notFound", { code });
  return kpi.id;
}

export async function organisationId(tx: Tx, code: string): Promise<number> {
  const org = await tx.organisation.findUnique({ where: { code }, select: { id: true } });
  if (!org) throw new DomainError("NOT_FOUND", "organisation.notFound", { code });
  return org.id;
}
