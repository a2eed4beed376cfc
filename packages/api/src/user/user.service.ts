import { DomainError } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import { writeAudit, type AuditActor } from "../audit.js";
import type { Role } from "../auth/accounts.js";

const userSelect = { id: true, email: true, name: true, role: true, disabled: true, createdAt: true } as const;

const scopeSelect = {
  editorScopes: { select: { kpi: { select: { code: true } }, organisation: { select: { code: true } } } },
} as const;

type ScopeRows = { editorScopes: { kpi: { code: string } | null; organisation: { code: string } | null }[] };
const toScopes = (u: ScopeRows) => ({
  kpis: u.editorScopes.flatMap((s) => (s.kpi ? [s.kpi.code] : [])).sort(),
  organisations: u.editorScopes.flatMap((s) => (s.organisation ? [s.organisation.code] : [])).sort(),
});

export async function listUsers(db: Db) {
  const users = await db.user.findMany({ orderBy: { email: "asc" }, select: { ...userSelect, ...scopeSelect } });
  return users.map(({ editorScopes, ...u }) => ({
    ...u,
    createdAt: u.createdAt.toISOString(),
    scopes: toScopes({ editorScopes }),
  }));
}

export async function updateUser(db: Db, actor: AuditActor, id: string, change: { role?: Role; disabled?: boolean }) {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id }, select: userSelect });
    if (!before) throw new DomainError("NOT_FOUND", "user.notFound");
    const after = await tx.user.update({ where: { id }, data: change, select: userSelect });
    // A disabled account loses its sessions at once.
    if (change.disabled) await tx.session.deleteMany({ where: { userId: id } });
    await writeAudit(tx, actor, { action: "user.update", entityType: "user", entityId: id, before, after });
    return { ...after, createdAt: after.createdAt.toISOString() };
  });
}

export async function listTokens(db: Db, userId: string) {
  const tokens = await db.apiToken.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true },
  });
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return tokens.map((t) => ({
    ...t,
    createdAt: t.createdAt.toISOString(),
    expiresAt: iso(t.expiresAt),
    lastUsedAt: iso(t.lastUsedAt),
    revokedAt: iso(t.revokedAt),
  }));
}
