import { DomainError } from "@boordtabel/domain";
import type { Db, Prisma } from "@boordtabel/db";
import type { Tx } from "./transaction.js";

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
export async function writeAudit(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void> {
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

export interface AuditedChange<T> {
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  result: T;
}

const prismaCode = (error: unknown): string | undefined =>
  typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;

/** Runs a change and its audit row in one transaction; unique and foreign-key violations
 *  become CONFLICT ("already exists" / "still in use") instead of internal errors. */
export async function audited<T>(
  db: Db,
  actor: AuditActor,
  meta: { action: string; entityType: string; reason?: string | null },
  work: (tx: Tx) => Promise<AuditedChange<T>>,
): Promise<T> {
  try {
    return await db.$transaction(async (tx) => {
      const change = await work(tx);
      await writeAudit(tx, actor, { ...meta, entityId: change.entityId, before: change.before, after: change.after });
      return change.result;
    });
  } catch (error) {
    const code = prismaCode(error);
    if (code === "P2002") throw new DomainError("CONFLICT", "entity.exists");
    if (code === "P2003" || code === "P2014") throw new DomainError("CONFLICT", "entity.inUse");
    if (code === "P2025") throw new DomainError("NOT_FOUND", "entity.notFound");
    throw error;
  }
}
