import type { Prisma } from "@boordtabel/db";

export interface AuditActor {
  id: string | null;
  /** e-mail address of a user, or "system:…" */
  label: string;
}

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  requestId?: string;
}

const json = (value: unknown): Prisma.InputJsonValue | undefined =>
  value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);

/** Writes the audit row of a mutation; call it inside the mutation's transaction. */
export async function writeAudit(tx: Prisma.TransactionClient, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: actor.id,
      actorLabel: actor.label,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      before: json(entry.before),
      after: json(entry.after),
      reason: entry.reason ?? null,
      requestId: entry.requestId ?? null,
    },
  });
}
