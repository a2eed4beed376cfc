import { DomainError } from "@boordtabel/domain";
import type { Prisma } from "@boordtabel/db";
import type { Actor } from "../auth/actor.js";
import { num } from "../dto.js";

export const versionSelect = {
  id: true,
  version: true,
  value: true,
  status: true,
  workflow: true,
  withdrawn: true,
  comment: true,
  reason: true,
  sourceLabel: true,
  sourceUrl: true,
  recordedAt: true,
  validatedAt: true,
} satisfies Prisma.MeasurementVersionSelect;

export type VersionRow = Prisma.MeasurementVersionGetPayload<{ select: typeof versionSelect }>;

export function toVersionDto(period: string, v: VersionRow) {
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

export type VersionDto = ReturnType<typeof toVersionDto>;

export const reasonRequired = (): DomainError =>
  new DomainError("BAD_INPUT", "measurement.reasonRequired", {}, [
    { field: "reason", messageKey: "measurement.reasonRequired" },
  ]);
export const canValidate = (actor: Actor): boolean => actor.role === "ADMIN" || actor.role === "REVIEWER";
export const upper = <T extends string>(value: T) => value.toUpperCase() as Uppercase<T>;
