import { DomainError, isLate, rollUpCommitments } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import { bilingual } from "../dto.js";
import { subtreeIds } from "../plan/plan-tree.js";
import type { CommitmentStatusValue } from "./commitment.service.js";

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

/** The commitments of a plan, row by row: what the plan page lists and the export writes.
 *  Responsible and partner organisations as the document names them, the last reported update.
 *  Three queries whatever the plan's size. */
export async function planCommitmentRows(db: Db, planCode: string, today = new Date().toISOString().slice(0, 10)) {
  const plan = await db.plan.findUnique({
    where: { code: planCode },
    select: {
      id: true,
      code: true,
      nodes: {
        orderBy: { sortOrder: "asc" },
        select: { id: true, parentId: true, code: true, kind: true, number: true, titleNl: true, titleEn: true },
      },
    },
  });
  if (!plan) throw new DomainError("NOT_FOUND", "plan.notFound", { code: planCode });
  const [commitments, updates] = await Promise.all([
    db.commitment.findMany({
      where: { planId: plan.id },
      orderBy: { sortOrder: "asc" },
      select: {
        id: true,
        code: true,
        nodeId: true,
        titleNl: true,
        titleEn: true,
        kind: true,
        status: true,
        progress: true,
        deadline: true,
        actors: { select: { role: true, labelAsWritten: true } },
      },
    }),
    // The newest update of each commitment (DISTINCT ON keeps it one row per commitment).
    db.commitmentStatusUpdate.findMany({
      where: { commitment: { planId: plan.id } },
      orderBy: [{ commitmentId: "asc" }, { date: "desc" }, { id: "desc" }],
      distinct: ["commitmentId"],
      select: { commitmentId: true, date: true },
    }),
  ]);
  const lastUpdate = new Map(updates.map((u) => [u.commitmentId, day(u.date)]));
  const rows = commitments.map((c) => {
    const deadline = day(c.deadline);
    const named = (role: string) => c.actors.filter((a) => a.role === role).map((a) => a.labelAsWritten);
    return {
      code: c.code,
      nodeId: c.nodeId,
      title: bilingual(c.titleNl, c.titleEn),
      kind: c.kind.toLowerCase(),
      status: c.status.toLowerCase() as CommitmentStatusValue,
      progress: c.progress,
      deadline,
      late: isLate({ code: c.code, status: c.status, deadline }, today),
      responsible: named("RESPONSIBLE"),
      partners: named("PARTNER"),
      lastUpdate: lastUpdate.get(c.id) ?? null,
      rollupInput: { code: c.code, status: c.status, deadline },
    };
  });
  return { plan, rows };
}

/** The commitments of a plan grouped under its top-level nodes (pillars, domains), each group
 *  with its status distribution and how many of its commitments were reported on. Groups
 *  without commitments are left out. */
export async function planCommitments(db: Db, input: { plan: string; today?: string }) {
  const today = input.today ?? new Date().toISOString().slice(0, 10);
  const { plan, rows } = await planCommitmentRows(db, input.plan, today);
  const groups = plan.nodes
    .filter((n) => n.parentId === null)
    .map((node) => {
      const ids = new Set(subtreeIds(plan.nodes, node.id));
      const items = rows.filter((r) => ids.has(r.nodeId));
      return {
        code: node.code,
        number: node.number,
        kind: node.kind.toLowerCase(),
        title: bilingual(node.titleNl, node.titleEn),
        rollup: rollUpCommitments(
          items.map((i) => i.rollupInput),
          today,
        ),
        commitments: items.map(({ nodeId: _n, rollupInput: _r, ...row }) => row),
      };
    })
    .filter((g) => g.commitments.length > 0);
  return {
    plan: plan.code,
    rollup: rollUpCommitments(
      rows.map((r) => r.rollupInput),
      today,
    ),
    groups,
  };
}

export type PlanCommitments = Awaited<ReturnType<typeof planCommitments>>;
