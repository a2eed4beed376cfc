import { DomainError, message, type MeasurementTransitionInput, type RecordMeasurementInput } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import { writeAudit } from "../audit.js";
import type { Actor } from "../auth/actor.js";
import { locateSeries } from "./locate.js";
import { recordBatch } from "./record-batch.js";
import { refreshStoredVerdicts } from "../kpi/stored-verdicts.js";
import { canValidate, reasonRequired, toVersionDto, versionSelect } from "./versions.js";
import type { Tx } from "../transaction.js";
import { notifyValueTransition } from "../notification/triggers.js";

/** Claims the next version number, or fails with CONFLICT when someone else changed the value
 *  since the user saw version `expected` (optimistic concurrency, atomic in the database). */
async function claimVersion(tx: Tx, measurementId: number, expected: number): Promise<number> {
  const claimed = await tx.measurement.updateMany({
    where: { id: measurementId, currentVersion: expected },
    data: { currentVersion: { increment: 1 } },
  });
  if (claimed.count === 0) {
    const current = await tx.measurement.findUniqueOrThrow({
      where: { id: measurementId },
      select: { currentVersion: true },
    });
    throw new DomainError("CONFLICT", "measurement.stale", { expected, current: current.currentVersion });
  }
  return expected + 1;
}

/** Records a new value or revises one: a new version, never an overwrite, with its audit row in
 *  the same transaction. Editors' values wait for validation; reviewers and admins may publish. */
export async function recordMeasurement(db: Db, actor: Actor, input: RecordMeasurementInput, requestId?: string) {
  return db.$transaction((tx) => recordInTransaction(tx, actor, input, requestId));
}

/** The body of `recordMeasurement`: a batch of one, so a single entry and an import follow the
 *  very same rules. */
export async function recordInTransaction(tx: Tx, actor: Actor, input: RecordMeasurementInput, requestId?: string) {
  const [outcome] = await recordBatch(tx, actor, [input], requestId);
  if (!outcome!.ok) throw outcome!.error;
  return outcome!.dto;
}

export type Transition = "submit" | "validate" | "sendBack";
const TRANSITIONS: Record<Transition, { from: "DRAFT" | "SUBMITTED"; to: "SUBMITTED" | "VALIDATED" | "DRAFT" }> = {
  submit: { from: "DRAFT", to: "SUBMITTED" },
  validate: { from: "SUBMITTED", to: "VALIDATED" },
  sendBack: { from: "SUBMITTED", to: "DRAFT" },
};

/** Moves the current version through the workflow: draft → submitted → validated, or back to
 *  draft with a reason. Validating publishes the version. */
export async function transitionMeasurement(
  db: Db,
  actor: Actor,
  transition: Transition,
  input: MeasurementTransitionInput,
  requestId?: string,
) {
  if (transition !== "submit" && !canValidate(actor)) throw new DomainError("FORBIDDEN", "measurement.validateRole");
  if (transition === "sendBack" && !input.reason) {
    throw reasonRequired();
  }
  return db.$transaction((tx) => transitionInTransaction(tx, actor, transition, input, requestId));
}

/** The body of `transitionMeasurement`, for a caller that does more in the same transaction
 *  (validating with a reservation). */
export async function transitionInTransaction(
  tx: Tx,
  actor: Actor,
  transition: Transition,
  input: MeasurementTransitionInput,
  requestId?: string,
) {
  if (transition !== "submit" && !canValidate(actor)) throw new DomainError("FORBIDDEN", "measurement.validateRole");
  const { from, to } = TRANSITIONS[transition];
  const { kpi, seriesId } = await locateSeries(tx, actor, input.kpi, input.series);
  const measurement = await tx.measurement.findUnique({
    where: { seriesId_period: { seriesId, period: input.period } },
    select: {
      id: true,
      currentVersion: true,
      versions: { orderBy: { version: "desc" }, take: 1, select: versionSelect },
    },
  });
  const current = measurement?.versions[0];
  if (!measurement || !current) throw new DomainError("NOT_FOUND", "measurement.notFound", { period: input.period });
  if (measurement.currentVersion !== input.expectedVersion) {
    throw new DomainError("CONFLICT", "measurement.stale", {
      expected: input.expectedVersion,
      current: measurement.currentVersion,
    });
  }
  if (current.workflow !== from)
    throw new DomainError("CONFLICT", "measurement.wrongState", { state: current.workflow.toLowerCase() });
  // The same rule as recording (record-batch.ts): a label or a web address; a withdrawal has no
  // value and so no source.
  const sourced = Boolean(current.sourceLabel?.trim() || current.sourceUrl || current.withdrawn);
  if (transition === "submit" && !sourced)
    throw new DomainError("BAD_INPUT", "measurement.sourceRequired", {}, [
      { field: "source", messageKey: "measurement.sourceRequired" },
    ]);
  // The board sees the source beside every published value: one without it cannot be checked.
  if (to === "VALIDATED" && !sourced) throw new DomainError("BAD_INPUT", "measurement.sourceRequiredToValidate");
  const now = new Date();
  // Guarded on the workflow state too, so two reviewers cannot both act on one submission.
  const moved = await tx.measurementVersion.updateMany({
    where: { id: current.id, workflow: from },
    data: {
      workflow: to,
      ...(to === "SUBMITTED" ? { submittedAt: now } : {}),
      // A user-entered value becomes public knowledge when it is validated.
      ...(to === "VALIDATED" ? { validatedAt: now, validatedById: actor.id, knownSince: now } : {}),
    },
  });
  if (moved.count === 0) throw new DomainError("CONFLICT", "measurement.wrongState", { state: "changed" });
  if (to === "VALIDATED") {
    await tx.measurement.update({ where: { id: measurement.id }, data: { publishedVersionId: current.id } });
    await refreshStoredVerdicts(tx, [seriesId]);
  }
  const after = await tx.measurementVersion.findUniqueOrThrow({ where: { id: current.id }, select: versionSelect });
  const dto = toVersionDto(input.period, after);
  await writeAudit(tx, actor, {
    action: `measurement.${transition}`,
    entityType: "measurement",
    entityId: `${kpi.code}/${input.series}/${input.period}`,
    before: toVersionDto(input.period, current),
    after: dto,
    reason: input.reason ?? null,
    requestId,
  });
  await notifyValueTransition(tx, actor, transition, {
    kpiId: kpi.id,
    kpiCode: kpi.code,
    series: input.series,
    period: input.period,
    versionId: current.id,
    reason: input.reason,
  });
  return dto;
}

/** Every version of one value, newest first, with who made it. */
export async function measurementHistory(
  db: Db,
  actor: Actor | null,
  input: { kpi: string; series: string; period: string },
) {
  // Drafts and submissions are the editors' and reviewers' business; readers see published versions.
  const seesWork = actor !== null && actor.role !== "VIEWER";
  const rows = await db.measurementVersion.findMany({
    where: {
      measurement: { period: input.period, series: { key: input.series, kpi: { code: input.kpi } } },
      ...(seesWork ? {} : { workflow: "VALIDATED" as const }),
    },
    orderBy: { version: "desc" },
    select: {
      ...versionSelect,
      author: { select: { name: true } },
      validatedBy: { select: { name: true } },
    },
  });
  // Names, not e-mail addresses: the history is shown to everyone who may read the value.
  return rows.map((r) => ({
    ...toVersionDto(input.period, r),
    sourceUrl: r.sourceUrl,
    author: r.author?.name ?? null,
    validatedBy: r.validatedBy?.name ?? null,
  }));
}

/** Withdraws a value: a new version without a value, so the history keeps what was there.
 *  Published at once by a reviewer or admin; an editor's withdrawal waits for validation. */
export async function withdrawMeasurement(db: Db, actor: Actor, input: MeasurementTransitionInput, requestId?: string) {
  if (!input.reason) {
    throw reasonRequired();
  }
  return db.$transaction(async (tx) => {
    const { kpi, seriesId } = await locateSeries(tx, actor, input.kpi, input.series);
    const measurement = await tx.measurement.findUnique({
      where: { seriesId_period: { seriesId, period: input.period } },
      select: { id: true, versions: { orderBy: { version: "desc" }, take: 1, select: versionSelect } },
    });
    if (!measurement?.versions[0]) throw new DomainError("NOT_FOUND", "measurement.notFound", { period: input.period });
    const version = await claimVersion(tx, measurement.id, input.expectedVersion);
    const now = new Date();
    const publish = canValidate(actor);
    const row = await tx.measurementVersion.create({
      data: {
        measurementId: measurement.id,
        version,
        value: null,
        withdrawn: true,
        status: measurement.versions[0].status,
        workflow: publish ? "VALIDATED" : "SUBMITTED",
        reason: input.reason,
        authorId: actor.id,
        recordedAt: now,
        submittedAt: now,
        validatedAt: publish ? now : null,
        validatedById: publish ? actor.id : null,
        knownSince: publish ? now : null,
      },
      select: versionSelect,
    });
    if (publish) {
      await tx.measurement.update({ where: { id: measurement.id }, data: { publishedVersionId: row.id } });
      await refreshStoredVerdicts(tx, [seriesId]);
    }
    const dto = toVersionDto(input.period, row);
    await writeAudit(tx, actor, {
      action: "measurement.withdraw",
      entityType: "measurement",
      entityId: `${kpi.code}/${input.series}/${input.period}`,
      before: toVersionDto(input.period, measurement.versions[0]),
      after: dto,
      reason: input.reason,
      requestId,
    });
    return dto;
  });
}

/** An admin puts an earlier version back: a new, published version with that version's value,
 *  status, source and comment, and the admin's reason. Nothing is deleted; the restore is a
 *  version and an audit row ("measurement.restore") like any other change. */
export async function restoreMeasurement(
  db: Db,
  actor: Actor,
  input: { kpi: string; series: string; period: string; version: number; expectedVersion: number; reason: string },
  requestId?: string,
) {
  return db.$transaction(async (tx) => {
    const { seriesId } = await locateSeries(tx, actor, input.kpi, input.series);
    const earlier = await tx.measurementVersion.findFirst({
      where: { version: input.version, measurement: { seriesId, period: input.period } },
      select: { value: true, status: true, sourceLabel: true, sourceUrl: true, comment: true, withdrawn: true },
    });
    if (!earlier) throw new DomainError("NOT_FOUND", "measurement.versionNotFound", { version: input.version });
    if (earlier.withdrawn || earlier.value === null)
      throw new DomainError("BAD_INPUT", "measurement.restoreWithdrawn", { version: input.version });
    const [outcome] = await recordBatch(
      tx,
      actor,
      [
        {
          kpi: input.kpi,
          series: input.series,
          period: input.period,
          value: earlier.value.toNumber(),
          status: earlier.status.toLowerCase() as "final" | "provisional" | "estimate",
          workflow: "validated",
          ...(earlier.sourceLabel ? { source: earlier.sourceLabel } : {}),
          ...(earlier.sourceUrl ? { sourceUrl: earlier.sourceUrl } : {}),
          // A restored value was accepted before; the restore itself explains it. Comments are
          // stored in the language they are written in, and the editors write Dutch.
          comment: earlier.comment ?? message("nl", "measurement.restoredComment", { version: input.version }),
          reason: input.reason,
          expectedVersion: input.expectedVersion,
        },
      ],
      requestId,
      "measurement.restore",
    );
    if (!outcome!.ok) throw outcome!.error;
    return outcome!.dto;
  });
}
