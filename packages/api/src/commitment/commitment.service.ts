import { DomainError, isLate } from "@boordtabel/domain";
import type { Db, Prisma } from "@boordtabel/db";
import { writeAudit } from "../audit.js";
import type { Actor } from "../auth/actor.js";
import { bilingual } from "../dto.js";
import { subtreeIds } from "../plan/plan-tree.js";

/** "unknown": nobody reported on the commitment; it is never "not started" by default. */
export type CommitmentStatusValue = "unknown" | "not_started" | "in_progress" | "done" | "delayed" | "dropped";
/** What an editor can report; "unknown" is the absence of a report, not a report. */
export type ReportedCommitmentStatus = Exclude<CommitmentStatusValue, "unknown">;

export interface CommitmentFilter {
  plan?: string;
  node?: string;
  organisation?: string;
  status?: CommitmentStatusValue;
  lateOnly?: boolean;
  /** Only commitments due on or before this date (YYYY-MM-DD). */
  deadlineBy?: string;
  today?: string;
}

async function nodeSubtree(db: Db, code: string): Promise<number[]> {
  const node = await db.planNode.findUnique({ where: { code }, select: { id: true, planId: true } });
  if (!node) throw new DomainError("NOT_FOUND", "node.notFound", { code });
  const nodes = await db.planNode.findMany({ where: { planId: node.planId }, select: { id: true, parentId: true } });
  return subtreeIds(nodes, node.id);
}

/** Commitments with their actors, linked KPIs and whether they are late; filterable. */
export async function listCommitments(db: Db, filter: CommitmentFilter) {
  const nodeIds = filter.node ? await nodeSubtree(db, filter.node) : undefined;
  const where: Prisma.CommitmentWhereInput = {
    ...(filter.plan ? { plan: { code: filter.plan } } : {}),
    ...(nodeIds ? { nodeId: { in: nodeIds } } : {}),
    ...(filter.organisation ? { actors: { some: { organisation: { code: filter.organisation } } } } : {}),
    ...(filter.status ? { status: filter.status.toUpperCase() as Prisma.CommitmentWhereInput["status"] } : {}),
    ...(filter.deadlineBy ? { deadline: { lte: new Date(`${filter.deadlineBy}T00:00:00Z`) } } : {}),
  };
  const today = filter.today ?? new Date().toISOString().slice(0, 10);
  const rows = await db.commitment.findMany({
    where,
    orderBy: [{ planId: "asc" }, { sortOrder: "asc" }],
    select: {
      code: true,
      kind: true,
      status: true,
      progress: true,
      deadline: true,
      titleNl: true,
      titleEn: true,
      plan: { select: { code: true } },
      node: { select: { code: true } },
      actors: { select: { role: true, labelAsWritten: true, organisation: { select: { code: true } } } },
      kpiLinks: { select: { kpi: { select: { code: true } } } },
    },
  });
  return rows
    .map((c) => {
      const deadline = c.deadline?.toISOString().slice(0, 10) ?? null;
      return {
        code: c.code,
        plan: c.plan.code,
        node: c.node.code,
        kind: c.kind.toLowerCase(),
        status: c.status.toLowerCase() as CommitmentStatusValue,
        progress: c.progress,
        deadline,
        late: isLate({ code: c.code, status: c.status, deadline }, today),
        title: bilingual(c.titleNl, c.titleEn),
        actors: c.actors.map((a) => ({
          role: a.role.toLowerCase(),
          organisation: a.organisation.code,
          label: a.labelAsWritten,
        })),
        kpis: c.kpiLinks.map((l) => l.kpi.code),
      };
    })
    .filter((c) => !filter.lateOnly || c.late);
}

/** An editor limited to some KPIs or organisations may update only the commitments those
 *  organisations carry (any role) or that are linked to those KPIs; no scope means all. */
function mayUpdate(
  actor: Actor,
  scopes: { kpiId: number | null; organisationId: number | null }[],
  commitment: { actors: { organisationId: number }[]; kpiLinks: { kpiId: number }[] },
): boolean {
  if (actor.role !== "EDITOR" || scopes.length === 0) return true;
  const organisations = new Set(commitment.actors.map((a) => a.organisationId));
  const kpis = new Set(commitment.kpiLinks.map((l) => l.kpiId));
  return scopes.some(
    (s) =>
      (s.organisationId !== null && organisations.has(s.organisationId)) || (s.kpiId !== null && kpis.has(s.kpiId)),
  );
}

export interface CommitmentUpdateInput {
  code: string;
  date: string;
  status: ReportedCommitmentStatus;
  progress?: number;
  note?: string;
  /** A web address (http or https) where the evidence of the update can be read. */
  evidenceUrl?: string;
}

/** A dated status update with progress, a note and an evidence link; the history is kept and
 *  the commitment shows the latest state. */
export async function updateCommitmentStatus(db: Db, actor: Actor, input: CommitmentUpdateInput) {
  return db.$transaction(async (tx) => {
    const before = await tx.commitment.findUnique({
      where: { code: input.code },
      select: {
        id: true,
        status: true,
        progress: true,
        actors: { select: { organisationId: true } },
        kpiLinks: { select: { kpiId: true } },
      },
    });
    if (!before) throw new DomainError("NOT_FOUND", "commitment.notFound", { code: input.code });
    const scopes =
      actor.role === "EDITOR"
        ? await tx.editorScope.findMany({ where: { userId: actor.id }, select: { kpiId: true, organisationId: true } })
        : [];
    if (!mayUpdate(actor, scopes, before))
      throw new DomainError("FORBIDDEN", "commitment.outOfScope", { code: input.code });
    const status = input.status.toUpperCase() as "NOT_STARTED" | "IN_PROGRESS" | "DONE" | "DELAYED" | "DROPPED";
    const update = await tx.commitmentStatusUpdate.create({
      data: {
        commitmentId: before.id,
        date: new Date(`${input.date}T00:00:00Z`),
        status,
        progress: input.progress ?? null,
        note: input.note ?? null,
        evidenceUrl: input.evidenceUrl ?? null,
        authorId: actor.id,
      },
      select: { id: true },
    });
    await tx.commitment.update({
      where: { id: before.id },
      data: { status, progress: input.progress ?? before.progress },
    });
    await writeAudit(tx, actor, {
      action: "commitment.status",
      entityType: "commitment",
      entityId: input.code,
      before: { status: before.status, progress: before.progress },
      after: {
        status,
        progress: input.progress ?? before.progress,
        date: input.date,
        updateId: update.id,
        evidenceUrl: input.evidenceUrl ?? null,
      },
      reason: input.note ?? null,
    });
    return { code: input.code, status: input.status, progress: input.progress ?? before.progress };
  });
}

export async function commitmentHistory(db: Db, code: string) {
  const rows = await db.commitmentStatusUpdate.findMany({
    where: { commitment: { code } },
    orderBy: [{ date: "desc" }, { id: "desc" }],
    select: { date: true, status: true, progress: true, note: true, author: { select: { name: true } } },
  });
  return rows.map((r) => ({
    date: r.date.toISOString().slice(0, 10),
    status: r.status.toLowerCase(),
    progress: r.progress,
    note: r.note,
    author: r.author?.name ?? null,
  }));
}
