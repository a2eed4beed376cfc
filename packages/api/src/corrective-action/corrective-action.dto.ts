import type { Prisma } from "@boordtabel/db";
import type { Actor } from "../auth/actor.js";

/** The verdicts that call for corrective action; AT_RISK too where the KPI says so. */
export const NEEDS_ACTION = ["OFF_TRACK", "NOT_ACHIEVED"] as const;

export const correctiveActionSelect = {
  id: true,
  statusAtOpen: true,
  what: true,
  who: true,
  dueDate: true,
  expectedEffect: true,
  createdAt: true,
  closedAt: true,
  outcome: true,
  author: { select: { name: true } },
  closedBy: { select: { name: true } },
  kpi: { select: { code: true, nameNl: true, nameEn: true } },
  series: { select: { key: true, labelNl: true, labelEn: true } },
  comments: {
    orderBy: { createdAt: "asc" },
    select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
  },
} satisfies Prisma.CorrectiveActionSelect;

type Row = Prisma.CorrectiveActionGetPayload<{ select: typeof correctiveActionSelect }>;

/** A corrective action; people's names for signed-in readers only. */
export function toCorrectiveActionDto(row: Row, actor: Actor | null) {
  const person = (u: { name: string } | null) => (actor && u ? u.name : null);
  return {
    id: row.id,
    kpi: row.kpi,
    series: row.series,
    statusAtOpen: row.statusAtOpen,
    what: row.what,
    who: row.who,
    dueDate: row.dueDate.toISOString().slice(0, 10),
    expectedEffect: row.expectedEffect,
    openedAt: row.createdAt.toISOString(),
    openedBy: person(row.author),
    closedAt: row.closedAt?.toISOString() ?? null,
    closedBy: person(row.closedBy),
    outcome: row.outcome,
    comments: row.comments.map((c) => ({
      id: c.id,
      body: c.body,
      at: c.createdAt.toISOString(),
      author: person(c.author),
    })),
  };
}
export type CorrectiveActionDto = ReturnType<typeof toCorrectiveActionDto>;
