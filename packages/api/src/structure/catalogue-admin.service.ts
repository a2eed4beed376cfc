import {
  DomainError,
  type annotationInputSchema,
  type benchmarkInputSchema,
  type kpiInputSchema,
  type organisationInputSchema,
} from "@boordtabel/domain";
import { refreshSeriesStatus, seriesOfKpis } from "../kpi/status-store.js";
import type { Db } from "@boordtabel/db";
import type { z } from "zod";
import { audited, type AuditActor } from "../audit.js";
import { kpiId, nodeOf, planId } from "./lookups.js";

type KpiInput = z.infer<typeof kpiInputSchema>;

export function saveOrganisation(db: Db, actor: AuditActor, input: z.infer<typeof organisationInputSchema>) {
  return audited(db, actor, { action: "organisation.save", entityType: "organisation" }, async (tx) => {
    const select = { code: true, nameNl: true, nameEn: true, kind: true } as const;
    const before = await tx.organisation.findUnique({ where: { code: input.code }, select });
    const after = await tx.organisation.upsert({ where: { code: input.code }, create: input, update: input, select });
    return { entityId: input.code, before, after, result: after };
  });
}

const kpiData = (input: KpiInput) => ({
  nameNl: input.nameNl,
  nameEn: input.nameEn,
  definitionNl: input.definitionNl ?? null,
  definitionEn: input.definitionEn ?? null,
  kind: input.kind.toUpperCase() as "LEVEL" | "COUNT" | "RATIO" | "BUDGET_ENVELOPE",
  unit: input.unit.toUpperCase() as "PERCENT",
  decimals: input.decimals,
  direction: input.direction.toUpperCase() as "HIGHER_IS_BETTER",
  frequency: input.frequency.toUpperCase() as "YEAR",
  reportingInterval: input.reportingInterval,
  statusMethod: input.statusMethod.toUpperCase() as "TRAJECTORY",
  onTrackThreshold: input.onTrackThreshold,
  atRiskThreshold: input.atRiskThreshold,
  sourceText: input.sourceText ?? null,
  methodText: input.methodText ?? null,
  nextRelease: input.nextRelease ? new Date(`${input.nextRelease}T00:00:00Z`) : null,
  isHeadline: input.isHeadline,
});

const kpiSelect = {
  code: true,
  nameNl: true,
  nameEn: true,
  unit: true,
  decimals: true,
  direction: true,
  frequency: true,
  statusMethod: true,
  isHeadline: true,
} as const;

/** A KPI with its total series; editing its metadata keeps its values. */
export function saveKpi(db: Db, actor: AuditActor, input: KpiInput) {
  if (input.atRiskThreshold > input.onTrackThreshold) throw new DomainError("BAD_INPUT", "kpi.thresholdOrder");
  return audited(db, actor, { action: "kpi.save", entityType: "kpi" }, async (tx) => {
    const before = await tx.kpi.findUnique({ where: { code: input.code }, select: { ...kpiSelect, id: true } });
    const plan = await planId(tx, input.plan);
    const nodes = await Promise.all(input.nodes.map((code) => nodeOf(tx, code)));
    if (nodes.some((n) => n.planId !== plan)) throw new DomainError("BAD_INPUT", "node.otherPlan");
    const after = before
      ? await tx.kpi.update({ where: { code: input.code }, data: kpiData(input), select: { ...kpiSelect, id: true } })
      : await tx.kpi.create({
          data: {
            ...kpiData(input),
            code: input.code,
            planId: plan,
            series: {
              create: {
                key: "total",
                isTotal: true,
                isHeadline: true,
                frequency: kpiData(input).frequency,
                labelNl: "Totaal",
                labelEn: "Total",
              },
            },
          },
          select: { ...kpiSelect, id: true },
        });
    await tx.kpiNode.deleteMany({ where: { kpiId: after.id } });
    await tx.kpiNode.createMany({ data: nodes.map((n) => ({ kpiId: after.id, nodeId: n.id })) });
    // Direction, method, thresholds or unit may have changed: the stored verdicts follow.
    await refreshSeriesStatus(tx, await seriesOfKpis(tx, [after.id]));
    const strip = ({ id: _id, ...rest }: typeof after) => rest;
    return {
      entityId: input.code,
      before: before ? strip(before) : undefined,
      after: { ...strip(after), nodes: input.nodes },
      result: strip(after),
    };
  });
}

export function createBenchmark(db: Db, actor: AuditActor, input: z.infer<typeof benchmarkInputSchema>) {
  return audited(db, actor, { action: "benchmark.create", entityType: "benchmark" }, async (tx) => {
    const benchmark = await tx.benchmark.create({
      data: {
        kpiId: await kpiId(tx, input.kpi),
        entityCode: input.entityCode,
        entityNl: input.entityNl,
        entityEn: input.entityEn,
        period: input.period ?? null,
        value: input.value,
        sourceLabel: input.source,
        sourceUrl: input.sourceUrl ?? null,
        note: input.note ?? null,
      },
      select: { id: true, entityCode: true, period: true, value: true, sourceLabel: true },
    });
    const dto = { ...benchmark, value: benchmark.value.toNumber() };
    return { entityId: benchmark.id, after: dto, result: dto };
  });
}

export function deleteBenchmark(db: Db, actor: AuditActor, id: number) {
  return audited(db, actor, { action: "benchmark.delete", entityType: "benchmark" }, async (tx) => {
    const before = await tx.benchmark.findUnique({
      where: { id },
      select: { entityCode: true, period: true, value: true, sourceLabel: true },
    });
    if (!before) throw new DomainError("NOT_FOUND", "entity.notFound");
    await tx.benchmark.delete({ where: { id } });
    return { entityId: id, before: { ...before, value: before.value.toNumber() }, result: { id, deleted: true } };
  });
}

export function createAnnotation(
  db: Db,
  actor: AuditActor & { id: string },
  input: z.infer<typeof annotationInputSchema>,
) {
  if (!input.plan && !input.kpi) throw new DomainError("BAD_INPUT", "annotation.subject");
  return audited(db, actor, { action: "annotation.create", entityType: "annotation" }, async (tx) => {
    const annotation = await tx.annotation.create({
      data: {
        planId: input.plan ? await planId(tx, input.plan) : null,
        kpiId: input.kpi ? await kpiId(tx, input.kpi) : null,
        date: new Date(`${input.date}T00:00:00Z`),
        kind: input.kind.toUpperCase() as "NOTE",
        titleNl: input.titleNl,
        titleEn: input.titleEn,
        sourceUrl: input.sourceUrl ?? null,
        authorId: actor.id,
      },
      select: { id: true, date: true, kind: true, titleNl: true },
    });
    const dto = { ...annotation, date: input.date };
    return { entityId: annotation.id, after: dto, result: dto };
  });
}

export function deleteAnnotation(db: Db, actor: AuditActor, id: number) {
  return audited(db, actor, { action: "annotation.delete", entityType: "annotation" }, async (tx) => {
    const before = await tx.annotation.findUnique({ where: { id }, select: { titleNl: true, date: true } });
    if (!before) throw new DomainError("NOT_FOUND", "entity.notFound");
    await tx.annotation.delete({ where: { id } });
    return { entityId: id, before, result: { id, deleted: true } };
  });
}

/** Archived KPIs leave the plan's lists and statuses; their values and history stay. */
export function setKpiArchived(db: Db, actor: AuditActor, code: string, archived: boolean) {
  return audited(db, actor, { action: archived ? "kpi.archive" : "kpi.restore", entityType: "kpi" }, async (tx) => {
    await kpiId(tx, code);
    await tx.kpi.update({ where: { code }, data: { archivedAt: archived ? new Date() : null } });
    return { entityId: code, after: { archived }, result: { code, archived } };
  });
}
