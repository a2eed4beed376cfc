import { assertUnitRange, DomainError, pathPoints, parsePeriod, type Unit } from "@boordtabel/domain";
import { refreshStoredVerdicts } from "../kpi/stored-verdicts.js";
import type { Db } from "@boordtabel/db";
import { writeAudit } from "../audit.js";
import type { Actor } from "../auth/actor.js";
import { toTargetPathDto, targetPathSelect } from "../kpi/kpi.selects.js";
import { locateSeries, type LocatedSeries } from "../measurement/locate.js";
import type { Tx } from "../transaction.js";

export interface ReviseTargetInput {
  kpi: string;
  series: string;
  baseline?: { period: string; value: number; source?: string };
  targets: {
    period: string;
    value: number;
    kind: "target" | "milestone" | "indicative";
    source: string;
    sourceUrl?: string;
    note?: string;
  }[];
  interpolation: "linear" | "step";
  tolerance?: number;
  justification: string;
}

/** A target revision: a new path, the previous one kept and marked superseded, with who, when
 *  and why; the engine's own checks run first, then the actor's scope (`locateSeries`) and the
 *  unit's range for the baseline and every target. */
export async function reviseTargetPath(db: Db, actor: Actor, input: ReviseTargetInput) {
  pathPoints({ baseline: input.baseline, targets: input.targets });
  return db.$transaction(async (tx) => {
    const located = await locateSeries(tx, actor, input.kpi, input.series);
    // A revision entered here is public from the moment it is recorded.
    return (await writeTargetRevision(tx, actor, located, input, {})).path;
  });
}

/** Writes a new target path revision for a located series inside the caller's transaction: the
 *  previous revision superseded, the stored verdict refreshed, the audit row written. The one
 *  door for direct revisions and for adopted proposals (whose `knownSince` is the decision date). */
export async function writeTargetRevision(
  tx: Tx,
  actor: Actor,
  located: Pick<LocatedSeries, "kpi" | "seriesId">,
  input: ReviseTargetInput,
  options: { knownSince?: Date },
) {
  pathPoints({ baseline: input.baseline, targets: input.targets });
  const { kpi, seriesId } = located;
  assertUnitRange({ unit: kpi.unit as Unit, kind: kpi.kind }, [
    ...(input.baseline ? [{ field: "baseline.value", value: input.baseline.value }] : []),
    ...input.targets.map((t, i) => ({ field: `targets.${i}.value`, value: t.value })),
  ]);
  const current = await tx.targetPath.findFirst({
    where: { seriesId, supersededAt: null },
    orderBy: { revision: "desc" },
    select: targetPathSelect,
  });
  const last = await tx.targetPath.aggregate({ where: { seriesId }, _max: { revision: true } });
  const now = new Date();
  if (current) await tx.targetPath.updateMany({ where: { seriesId, supersededAt: null }, data: { supersededAt: now } });
  const created = await tx.targetPath.create({
    data: {
      seriesId,
      revision: (last._max.revision ?? 0) + 1,
      baselinePeriod: input.baseline?.period ?? null,
      baselineValue: input.baseline?.value ?? null,
      baselineSource: input.baseline?.source ?? null,
      interpolation: input.interpolation === "step" ? "STEP" : "LINEAR",
      tolerance: input.tolerance ?? null,
      justification: input.justification,
      authorId: actor.id,
      createdAt: now,
      knownSince: options.knownSince ?? now,
      points: {
        create: input.targets.map((t) => ({
          period: t.period,
          periodEnd: parsePeriod(t.period).end,
          value: t.value,
          kind: t.kind.toUpperCase() as "TARGET" | "MILESTONE" | "INDICATIVE",
          sourceLabel: t.source,
          sourceUrl: t.sourceUrl ?? null,
          note: t.note ?? null,
        })),
      },
    },
    select: { ...targetPathSelect, id: true },
  });
  await tx.series.update({ where: { id: seriesId }, data: { currentTargetPathId: created.id } });
  await refreshStoredVerdicts(tx, [seriesId]);
  const after = toTargetPathDto(created);
  await writeAudit(tx, actor, {
    action: "target.revise",
    entityType: "target_path",
    entityId: `${kpi.code}/${input.series}`,
    before: current ? toTargetPathDto(current) : undefined,
    after,
    reason: input.justification,
  });
  if (!after) throw new DomainError("INTERNAL", "internal");
  return { path: after, id: created.id };
}
