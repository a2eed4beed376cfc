import { DomainError } from "@boordtabel/domain";
import type { Actor } from "../auth/actor.js";
import type { Reader } from "../transaction.js";

/** The entities whose history editors and reviewers read: the plans' data they work on. The
 *  history of anything else — accounts, API tokens, sessions, settings, or a type added later —
 *  is for admins only. */
const PLAN_DATA: ReadonlySet<string> = new Set([
  "plan",
  "plan_node",
  "commitment",
  "milestone",
  "kpi",
  "series",
  "measurement",
  "target_path",
  "benchmark",
  "annotation",
  "review_note",
  "dimension",
  "organisation",
]);

/** Whether an actor may read the history of one type of entity. */
export const mayReadHistory = (actor: Pick<Actor, "role">, entityType: string): boolean =>
  actor.role === "ADMIN" || PLAN_DATA.has(entityType);

/** Who changed one entity, when and why, newest first. */
export async function entityHistory(db: Reader, actor: Actor, input: { entityType: string; entityId: string }) {
  if (!mayReadHistory(actor, input.entityType)) throw new DomainError("FORBIDDEN", "audit.adminOnly");
  const rows = await db.auditLog.findMany({
    where: { entityType: input.entityType, entityId: input.entityId },
    orderBy: { id: "desc" },
    take: 500,
    select: { id: true, at: true, actorLabel: true, action: true, before: true, after: true, reason: true },
  });
  return rows.map((r) => ({ ...r, id: String(r.id), at: r.at.toISOString() }));
}

/** Every change to one KPI: its definition, its values (one by one or in batches) and its
 *  target paths, newest first, with the name of who made it (not their e-mail address) and the
 *  source and comment a value was recorded with. Two queries. */
export async function kpiHistory(db: Reader, code: string) {
  const rows = await db.auditLog.findMany({
    where: {
      OR: [
        { entityType: "kpi", entityId: code },
        { entityType: { in: ["measurement", "series", "target_path"] }, entityId: { startsWith: `${code}/` } },
      ],
    },
    orderBy: { id: "desc" },
    take: 200,
    select: {
      id: true,
      at: true,
      actorId: true,
      actorLabel: true,
      action: true,
      entityId: true,
      reason: true,
      after: true,
    },
  });
  const actorIds = [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))];
  const users =
    actorIds.length === 0
      ? []
      : await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return rows.map(({ after, actorId, ...r }) => ({
    ...r,
    id: String(r.id),
    at: r.at.toISOString(),
    actorName: (actorId && names.get(actorId)) || null,
    source: textField(after, "source"),
    sourceUrl: textField(after, "sourceUrl"),
    comment: textField(after, "comment"),
  }));
}

/** A text field of an audit row's `after` (a version's DTO for values), if it has one. */
function textField(after: unknown, field: string): string | null {
  if (typeof after !== "object" || after === null || Array.isArray(after)) return null;
  const value = (after as Record<string, unknown>)[field];
  return typeof value === "string" && value !== "" ? value : null;
}
