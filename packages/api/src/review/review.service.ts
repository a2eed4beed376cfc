import { DomainError } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import { writeAudit } from "../audit.js";
import type { Actor } from "../auth/actor.js";

const noteSelect = {
  id: true,
  kind: true,
  state: true,
  body: true,
  period: true,
  createdAt: true,
  resolvedAt: true,
  resolution: true,
} as const;

export async function createReviewNote(
  db: Db,
  actor: Actor,
  input: { kpi: string; series?: string; period?: string; kind: "comment" | "reservation"; body: string },
) {
  return db.$transaction(async (tx) => {
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
    });
    return note;
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

/** What waits for a reviewer: submitted values and open reservations. */
export async function reviewQueue(db: Db) {
  const [submitted, reservations] = await Promise.all([
    db.measurementVersion.findMany({
      where: { workflow: "SUBMITTED", measurement: { currentVersion: { gte: 1 } } },
      orderBy: { submittedAt: "asc" },
      select: {
        version: true,
        value: true,
        submittedAt: true,
        author: { select: { name: true } },
        measurement: {
          select: {
            period: true,
            currentVersion: true,
            series: { select: { key: true, kpi: { select: { code: true } } } },
          },
        },
      },
    }),
    db.reviewNote.findMany({
      // Reservations on commitments are answered on the commitment's sheet.
      where: { state: "OPEN", kind: "RESERVATION", kpiId: { not: null } },
      orderBy: { createdAt: "asc" },
      select: { ...noteSelect, kpi: { select: { code: true } } },
    }),
  ]);
  return {
    submitted: submitted
      .filter((v) => v.version === v.measurement.currentVersion)
      .map((v) => ({
        kpi: v.measurement.series.kpi.code,
        series: v.measurement.series.key,
        period: v.measurement.period,
        version: v.version,
        value: v.value?.toNumber() ?? null,
        submittedAt: v.submittedAt?.toISOString() ?? null,
        author: v.author?.name ?? null,
      })),
    reservations: reservations.flatMap((r) =>
      r.kpi ? [{ ...r, kpi: r.kpi.code, createdAt: r.createdAt.toISOString(), resolvedAt: null }] : [],
    ),
  };
}

export type ReviewQueue = Awaited<ReturnType<typeof reviewQueue>>;
