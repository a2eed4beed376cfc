import type { Locale } from "../i18n.js";
import type { Db } from "@boordtabel/db";
import type { Tx } from "../transaction.js";
import { writeAudit } from "../audit.js";
import type { Actor } from "../auth/actor.js";
import { NOTIFICATION_KINDS, type NotificationKind } from "./notify.js";

/** How many items the inbox shows, newest first. */
export const INBOX_SIZE = 100;

const itemSelect = { id: true, kind: true, params: true, link: true, createdAt: true, readAt: true } as const;

export interface NotificationItem {
  id: number;
  kind: NotificationKind;
  params: Record<string, string | number>;
  link: string;
  createdAt: string;
  readAt: string | null;
}

const isKind = (kind: string): kind is NotificationKind => (NOTIFICATION_KINDS as readonly string[]).includes(kind);

/** The signed-in user's inbox, newest first. A read: it writes nothing. */
export async function listNotifications(db: Db, actor: Actor): Promise<NotificationItem[]> {
  const rows = await db.notification.findMany({
    where: { userId: actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: INBOX_SIZE,
    select: itemSelect,
  });
  return rows.flatMap((r) =>
    isKind(r.kind)
      ? [
          {
            id: r.id,
            kind: r.kind,
            params: r.params as Record<string, string | number>,
            link: r.link,
            createdAt: r.createdAt.toISOString(),
            readAt: r.readAt?.toISOString() ?? null,
          },
        ]
      : [],
  );
}

/** Working the inbox in a language makes it the language of the user's e-mail digest. */
async function recordLocale(tx: Tx, actor: Actor, locale: Locale): Promise<void> {
  await tx.user.updateMany({ where: { id: actor.id, locale: { not: locale } }, data: { locale } });
}

export const unreadCount = (db: Db, actor: Actor): Promise<number> =>
  db.notification.count({ where: { userId: actor.id, readAt: null } });

/** Marks the user's own items read; ids of other users' items are left alone (and not revealed). */
export async function markRead(
  db: Db,
  actor: Actor,
  input: { ids: number[] },
  locale: Locale,
): Promise<{ marked: number }> {
  return db.$transaction(async (tx) => {
    await recordLocale(tx, actor, locale);
    const own = await tx.notification.findMany({
      where: { id: { in: input.ids }, userId: actor.id, readAt: null },
      select: { id: true },
    });
    const ids = own.map((n) => n.id);
    const { count } = await tx.notification.updateMany({
      where: { id: { in: ids }, readAt: null },
      data: { readAt: new Date() },
    });
    await writeAudit(tx, actor, {
      action: "notification.markRead",
      entityType: "notification_inbox",
      entityId: actor.id,
      after: { ids },
    });
    return { marked: count };
  });
}

export async function markAllRead(db: Db, actor: Actor, locale: Locale): Promise<{ marked: number }> {
  return db.$transaction(async (tx) => {
    await recordLocale(tx, actor, locale);
    const { count } = await tx.notification.updateMany({
      where: { userId: actor.id, readAt: null },
      data: { readAt: new Date() },
    });
    await writeAudit(tx, actor, {
      action: "notification.markAllRead",
      entityType: "notification_inbox",
      entityId: actor.id,
      after: { marked: count },
    });
    return { marked: count };
  });
}
