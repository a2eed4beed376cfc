import { DomainError } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { writeAudit, type AuditActor } from "../audit.js";

const PREFIX = "bt_";

const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

/** A machine token acts as its user, with that user's role; only its hash is stored, the
 *  token itself is shown once. */
export async function createApiToken(
  db: Db,
  actor: AuditActor & { id: string },
  name: string,
  expiresAt: Date | null = null,
): Promise<{ id: string; token: string; prefix: string }> {
  const token = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  const id = randomUUID();
  const prefix = token.slice(0, 10);
  await db.$transaction(async (tx) => {
    await tx.apiToken.create({ data: { id, userId: actor.id, name, tokenHash: hashToken(token), prefix, expiresAt } });
    await writeAudit(tx, actor, {
      action: "token.create",
      entityType: "api_token",
      entityId: id,
      after: { name, prefix },
    });
  });
  return { id, token, prefix };
}

export async function revokeApiToken(
  db: Db,
  id: string,
  actor: AuditActor & { id: string; role: string },
): Promise<{ id: string; revoked: true }> {
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({
      where: { id },
      select: { userId: true, revokedAt: true, name: true },
    });
    if (!token || (token.userId !== actor.id && actor.role !== "ADMIN"))
      throw new DomainError("NOT_FOUND", "token.notFound");
    if (token.revokedAt) return { id, revoked: true as const };
    await tx.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
    await writeAudit(tx, actor, {
      action: "token.revoke",
      entityType: "api_token",
      entityId: id,
      before: { name: token.name },
    });
    return { id, revoked: true as const };
  });
}

/** The user behind a bearer token, or null for an unknown, revoked or expired one. */
export async function userForToken(db: Db, token: string) {
  if (!token.startsWith(PREFIX)) return null;
  const found = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      revokedAt: true,
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, role: true, disabled: true } },
    },
  });
  if (!found || found.revokedAt || (found.expiresAt && found.expiresAt < new Date()) || found.user.disabled)
    return null;
  await db.apiToken.update({ where: { id: found.id }, data: { lastUsedAt: new Date() } });
  return found.user;
}
