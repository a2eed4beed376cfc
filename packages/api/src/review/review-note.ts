import { DomainError } from "@boordtabel/domain";
import { writeAudit } from "../audit.js";
import type { Actor } from "../auth/actor.js";
import type { Tx } from "../transaction.js";

export const noteSelect = {
  id: true,
  kind: true,
  state: true,
  body: true,
  period: true,
  createdAt: true,
  resolvedAt: true,
  resolution: true,
} as const;

export interface NoteInput {
  kpi: string;
  series?: string;
  period?: string;
  kind: "comment" | "reservation";
  body: string;
}

/** Writes a comment or reservation on a KPI (optionally a series and period) with its audit row,
 *  inside the caller's transaction. */
export async function createNoteInTransaction(tx: Tx, actor: Actor, input: NoteInput, requestId?: string) {
  const kpi = await tx.kpi.findUnique({
    where: { code: input.kpi },
    select: { id: true, series: { where: { key: input.series ?? "total" }, select: { id: true } } },
  });
  if (!kpi) throw new DomainError("NOT_FOUND", "kpi.notFound", { code: input.kpi });
  const seriesId = input.series ? kpi.series[0]?.id : undefined;
  if (input.series && seriesId === undefined)
    throw new DomainError("NOT_FOUND", "series.notFound", { code: input.kpi, series: input.series });
  const note = await tx.reviewNote.create({
    data: {
      kpiId: kpi.id,
      seriesId: seriesId ?? null,
      period: input.period ?? null,
      kind: input.kind === "reservation" ? "RESERVATION" : "COMMENT",
      body: input.body,
      authorId: actor.id,
    },
    select: noteSelect,
  });
  await writeAudit(tx, actor, {
    action: `review.${input.kind}`,
    entityType: "review_note",
    entityId: note.id,
    after: note,
    requestId,
  });
  return note;
}
