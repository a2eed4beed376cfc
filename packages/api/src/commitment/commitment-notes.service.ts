import { DomainError } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import { writeAudit } from "../audit.js";
import type { Actor } from "../auth/actor.js";

/** A social partner's comment or reservation on a commitment, shown on its action sheet and
 *  resolved like any review note (`review.resolve`). */
export async function createCommitmentNote(
  db: Db,
  actor: Actor,
  input: { commitment: string; kind: "comment" | "reservation"; body: string },
) {
  return db.$transaction(async (tx) => {
    const commitment = await tx.commitment.findUnique({ where: { code: input.commitment }, select: { id: true } });
    if (!commitment) throw new DomainError("NOT_FOUND", "commitment.notFound", { code: input.commitment });
    const note = await tx.reviewNote.create({
      data: {
        commitmentId: commitment.id,
        kind: input.kind === "reservation" ? "RESERVATION" : "COMMENT",
        body: input.body,
        authorId: actor.id,
      },
      select: { id: true, kind: true, state: true, body: true, createdAt: true },
    });
    await writeAudit(tx, actor, {
      action: `review.${input.kind}`,
      entityType: "review_note",
      entityId: note.id,
      after: { ...note, commitment: input.commitment },
    });
    return { id: note.id, commitment: input.commitment, kind: input.kind, body: note.body };
  });
}
