import { DomainError, type MeasurementTransitionInput } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import { writeAudit } from "../audit.js";
import type { Actor } from "../auth/actor.js";
import { transitionInTransaction } from "../measurement/measurement.service.js";
import { createNoteInTransaction, noteSelect, type NoteInput } from "./review-note.js";

export { reviewQueue, type ReviewQueue } from "./review-queue.js";

export async function createReviewNote(db: Db, actor: Actor, input: NoteInput, requestId?: string) {
  return db.$transaction((tx) => createNoteInTransaction(tx, actor, input, requestId));
}

/** Validates a submitted value and records the reviewer's reservation about it in one
 *  transaction: the value is never published without the reservation the reviewer attached. */
export async function validateWithReservation(
  db: Db,
  actor: Actor,
  input: MeasurementTransitionInput & { reservation: string },
  requestId?: string,
) {
  return db.$transaction(async (tx) => {
    const { reservation, ...key } = input;
    const measurement = await transitionInTransaction(tx, actor, "validate", key, requestId);
    const note = await createNoteInTransaction(
      tx,
      actor,
      { kpi: key.kpi, series: key.series, period: key.period, kind: "reservation", body: reservation },
      requestId,
    );
    return { measurement, note };
  });
}

/** Closes a comment or reservation with a resolution; the note itself stays. */
export async function resolveReviewNote(db: Db, actor: Actor, input: { id: number; resolution: string }) {
  return db.$transaction(async (tx) => {
    const before = await tx.reviewNote.findUnique({ where: { id: input.id }, select: noteSelect });
    if (!before) throw new DomainError("NOT_FOUND", "review.notFound");
    if (before.state === "RESOLVED") throw new DomainError("CONFLICT", "review.alreadyResolved");
    const after = await tx.reviewNote.update({
      where: { id: input.id },
      data: { state: "RESOLVED", resolvedAt: new Date(), resolvedById: actor.id, resolution: input.resolution },
      select: noteSelect,
    });
    await writeAudit(tx, actor, {
      action: "review.resolve",
      entityType: "review_note",
      entityId: input.id,
      before,
      after,
    });
    return after;
  });
}
