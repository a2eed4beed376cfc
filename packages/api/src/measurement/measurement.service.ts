import {
  checkMeasurementValue,
  DomainError,
  isOutlier,
  parsePeriod,
  type MeasurementRulesKpi,
  type MeasurementTransitionInput,
  type RecordMeasurementInput,
} from "@boordtabel/domain";
import type { Db, Prisma } from "@boordtabel/db";
import { writeAudit } from "../audit.js";
import type { Actor } from "../auth/actor.js";
import { num } from "../dto.js";
import { locateSeries } from "./locate.js";

type Tx = Prisma.TransactionClient;
const reasonRequired = (): DomainError =>
  new DomainError("BAD_INPUT", "measurement.reasonRequired", {}, [
    { field: "reason", messageKey: "measurement.reasonRequired" },
  ]);
const canValidate = (actor: Actor): boolean => actor.role === "ADMIN" || actor.role === "REVIEWER";
const upper = <T extends string>(value: T) => value.toUpperCase() as Uppercase<T>;

const versionSelect = {
  id: true,
  version: true,
  value: true,
  status: true,
  workflow: true,
  withdrawn: true,
  comment: true,
  reason: true,
  sourceLabel: true,
  recordedAt: true,
  validatedAt: true,
} satisfies Prisma.MeasurementVersionSelect;

type VersionRow = Prisma.MeasurementVersionGetPayload<{ select: typeof versionSelect }>;

function toVersionDto(period: string, v: VersionRow) {
  return {
    period,
    version: v.version,
    value: num(v.value),
    status: v.status.toLowerCase(),
    workflow: v.workflow.toLowerCase(),
    withdrawn: v.withdrawn,
    comment: v.comment,
    reason: v.reason,
    source: v.sourceLabel,
    recordedAt: v.recordedAt.toISOString(),
    validatedAt: v.validatedAt?.toISOString() ?? null,
  };
}

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

function validateValue(kpi: MeasurementRulesKpi, input: RecordMeasurementInput): void {
  const issues = checkMeasurementValue(kpi, input.value, input);
  if (issues.length > 0) throw new DomainError("BAD_INPUT", issues[0]!.messageKey, issues[0]!.params ?? {}, issues);
}

async function assertNotOutlier(tx: Tx, seriesId: number, input: RecordMeasurementInput): Promise<void> {
  if (input.comment) return;
  const history = await tx.measurement.findMany({
    where: { seriesId, period: { not: input.period }, publishedVersion: { withdrawn: false } },
    orderBy: { periodEnd: "asc" },
    select: { publishedVersion: { select: { value: true } } },
  });
  const values = history.flatMap((m) => (m.publishedVersion?.value ? [m.publishedVersion.value.toNumber()] : []));
  if (isOutlier(values, input.value)) {
    throw new DomainError("BAD_INPUT", "measurement.outlierNeedsComment", {}, [
      { field: "comment", messageKey: "measurement.outlierNeedsComment" },
    ]);
  }
}

/** Records a new value or revises one: a new version, never an overwrite, with its audit row in
 *  the same transaction. Editors' values wait for validation; reviewers and admins may publish. */
export async function recordMeasurement(db: Db, actor: Actor, input: RecordMeasurementInput, requestId?: string) {
  return db.$transaction((tx) => recordInTransaction(tx, actor, input, requestId));
}

/** The body of `recordMeasurement`, for callers that record many values in one transaction. */
export async function recordInTransaction(tx: Tx, actor: Actor, input: RecordMeasurementInput, requestId?: string) {
  if (input.workflow === "validated" && !canValidate(actor))
    throw new DomainError("FORBIDDEN", "measurement.validateRole");
  const period = parsePeriod(input.period);
  const { kpi, seriesId } = await locateSeries(tx, actor, input.kpi, input.series);
  validateValue(kpi as MeasurementRulesKpi, input);
  await assertNotOutlier(tx, seriesId, input);
  const existing = await tx.measurement.findUnique({
    where: { seriesId_period: { seriesId, period: input.period } },
    select: {
      id: true,
      currentVersion: true,
      versions: { orderBy: { version: "desc" }, take: 1, select: versionSelect },
    },
  });
  let measurementId: number;
  let version: number;
  if (!existing) {
    if (input.expectedVersion)
      throw new DomainError("CONFLICT", "measurement.stale", { expected: input.expectedVersion, current: 0 });
    const created = await tx.measurement.create({
      data: { seriesId, period: input.period, periodStart: period.start, periodEnd: period.end },
      select: { id: true },
    });
    measurementId = created.id;
    version = 1;
  } else {
    if (!input.reason) {
      throw reasonRequired();
    }
    if (input.expectedVersion === undefined) throw new DomainError("BAD_INPUT", "measurement.expectedVersionRequired");
    measurementId = existing.id;
    version = await claimVersion(tx, existing.id, input.expectedVersion);
  }
  const now = new Date();
  const workflow = upper(input.workflow);
  const row = await tx.measurementVersion.create({
    data: {
      measurementId,
      version,
      value: input.value,
      numerator: input.numerator ?? null,
      denominator: input.denominator ?? null,
      envelope: input.envelope ?? null,
      committed: input.committed ?? null,
      status: upper(input.status),
      workflow,
      breakInSeries: input.breakInSeries ?? false,
      sourceLabel: input.source ?? null,
      sourceUrl: input.sourceUrl ?? null,
      comment: input.comment ?? null,
      reason: input.reason ?? null,
      authorId: actor.id,
      recordedAt: now,
      submittedAt: workflow === "DRAFT" ? null : now,
      validatedAt: workflow === "VALIDATED" ? now : null,
      validatedById: workflow === "VALIDATED" ? actor.id : null,
    },
    select: versionSelect,
  });
  if (workflow === "VALIDATED")
    await tx.measurement.update({ where: { id: measurementId }, data: { publishedVersionId: row.id } });
  const dto = toVersionDto(input.period, row);
  await writeAudit(
    tx,
    { id: actor.id, label: actor.email },
    {
      action: existing ? "measurement.revise" : "measurement.record",
      entityType: "measurement",
      entityId: `${kpi.code}/${input.series}/${input.period}`,
      before: existing?.versions[0] ? toVersionDto(input.period, existing.versions[0]) : undefined,
      after: dto,
      reason: input.reason ?? null,
      requestId,
    },
  );
  return dto;
}

type Transition = "submit" | "validate" | "sendBack";
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
  const { from, to } = TRANSITIONS[transition];
  return db.$transaction(async (tx) => {
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
    const now = new Date();
    // Guarded on the workflow state too, so two reviewers cannot both act on one submission.
    const moved = await tx.measurementVersion.updateMany({
      where: { id: current.id, workflow: from },
      data: {
        workflow: to,
        ...(to === "SUBMITTED" ? { submittedAt: now } : {}),
        ...(to === "VALIDATED" ? { validatedAt: now, validatedById: actor.id } : {}),
      },
    });
    if (moved.count === 0) throw new DomainError("CONFLICT", "measurement.wrongState", { state: "changed" });
    if (to === "VALIDATED")
      await tx.measurement.update({ where: { id: measurement.id }, data: { publishedVersionId: current.id } });
    const after = await tx.measurementVersion.findUniqueOrThrow({ where: { id: current.id }, select: versionSelect });
    const dto = toVersionDto(input.period, after);
    await writeAudit(
      tx,
      { id: actor.id, label: actor.email },
      {
        action: `measurement.${transition}`,
        entityType: "measurement",
        entityId: `${kpi.code}/${input.series}/${input.period}`,
        before: toVersionDto(input.period, current),
        after: dto,
        reason: input.reason ?? null,
        requestId,
      },
    );
    return dto;
  });
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
      author: { select: { email: true, name: true } },
      validatedBy: { select: { email: true } },
    },
  });
  return rows.map((r) => ({
    ...toVersionDto(input.period, r),
    author: r.author?.name ?? null,
    validatedBy: r.validatedBy?.email ?? null,
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
      },
      select: versionSelect,
    });
    if (publish) await tx.measurement.update({ where: { id: measurement.id }, data: { publishedVersionId: row.id } });
    const dto = toVersionDto(input.period, row);
    await writeAudit(
      tx,
      { id: actor.id, label: actor.email },
      {
        action: "measurement.withdraw",
        entityType: "measurement",
        entityId: `${kpi.code}/${input.series}/${input.period}`,
        before: toVersionDto(input.period, measurement.versions[0]),
        after: dto,
        reason: input.reason,
        requestId,
      },
    );
    return dto;
  });
}
