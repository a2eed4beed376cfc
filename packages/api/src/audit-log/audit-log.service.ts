import type { Reader } from "../transaction.js";

/** Who changed one entity, when and why, newest first. */
export async function entityHistory(db: Reader, input: { entityType: string; entityId: string }) {
  const rows = await db.auditLog.findMany({
    where: { entityType: input.entityType, entityId: input.entityId },
    orderBy: { id: "desc" },
    take: 500,
    select: { id: true, at: true, actorLabel: true, action: true, before: true, after: true, reason: true },
  });
  return rows.map((r) => ({ ...r, id: String(r.id), at: r.at.toISOString() }));
}

/** Every change to one KPI: its definition, its values (one by one or in batches) and its
 *  target paths, newest first. */
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
    select: { id: true, at: true, actorLabel: true, action: true, entityId: true, reason: true },
  });
  return rows.map((r) => ({ ...r, id: String(r.id), at: r.at.toISOString() }));
}
