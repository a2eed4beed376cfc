import type { Prisma } from "@boordtabel/db";
import type { Tx } from "../transaction.js";

/** Every kind of notification; its text lives under the `notification.<kind>` message keys
 *  (server catalogue for e-mail, web i18n for the inbox), filled with `params`. */
export type NotificationKind =
  | "valueSentBack" // to the editor who submitted: params { kpiCode, kpiName, period, reason }
  | "valuesSubmitted" // to reviewers: params { kpiCode, kpiName, period }
  | "periodDue" // to editors in scope: params { kpiCode, kpiName, period }
  | "proposalAwaitingPosition" // to reviewers (targets helper)
  | "correctiveActionDue"; // to the steward's editors (targets helper)

export const NOTIFICATION_KINDS = [
  "valueSentBack",
  "valuesSubmitted",
  "periodDue",
  "proposalAwaitingPosition",
  "correctiveActionDue",
] as const satisfies readonly NotificationKind[];

export interface NotificationInput {
  kind: NotificationKind;
  /** Recipients (user ids); duplicates and the actor themself are dropped. */
  userIds: string[];
  params: Record<string, string | number>;
  /** In-app path the inbox item links to, e.g. "/kpis/KPI-WZG/entry?period=2025". */
  link: string;
  /** The user whose write causes the notification: never notified of their own act. */
  actorId?: string;
  /** Makes the notification idempotent per recipient: a second one with the same key is
   *  dropped (e.g. "period due" once per series and period). */
  dedupeKey?: string;
}

/** Stores the notifications in the same transaction as the write that causes them. */
export async function notify(tx: Tx, input: NotificationInput): Promise<void> {
  const userIds = [...new Set(input.userIds)].filter((id) => id !== input.actorId);
  if (userIds.length === 0) return;
  await tx.notification.createMany({
    data: userIds.map((userId) => ({
      userId,
      kind: input.kind,
      params: input.params,
      link: input.link,
      dedupeKey: input.dedupeKey ?? null,
    })),
    skipDuplicates: true,
  });
}

export interface RecipientQuery {
  role: "editor" | "reviewer" | "admin";
  kpiCode?: string;
  organisationCode?: string;
}

/** Users with a role (and, for editors/reviewers, the given organisation scope or KPI in scope).
 *  Disabled accounts never receive anything. Editors: those without scope rows (they write every
 *  KPI) and those whose scope covers the KPI (by KPI or by a stewarding organisation) or names the
 *  organisation. Reviewers and admins have no scope: with `organisationCode` only those of that
 *  organisation, otherwise all. */
export async function recipients(tx: Tx, q: RecipientQuery): Promise<string[]> {
  const role = q.role === "editor" ? "EDITOR" : q.role === "reviewer" ? "REVIEWER" : "ADMIN";
  const where: Prisma.UserWhereInput = { role, disabled: false };
  if (q.role === "editor" && (q.kpiCode !== undefined || q.organisationCode !== undefined)) {
    const covers: Prisma.EditorScopeWhereInput[] = [];
    if (q.kpiCode !== undefined) {
      covers.push({ kpi: { code: q.kpiCode } });
      covers.push({ organisation: { stewardships: { some: { kpi: { code: q.kpiCode } } } } });
    }
    if (q.organisationCode !== undefined) covers.push({ organisation: { code: q.organisationCode } });
    where.OR = [{ editorScopes: { none: {} } }, { editorScopes: { some: { OR: covers } } }];
  } else if (q.organisationCode !== undefined) {
    where.organisation = { code: q.organisationCode };
  }
  const users = await tx.user.findMany({ where, select: { id: true }, orderBy: { id: "asc" } });
  return users.map((u) => u.id);
}
