import { DomainError, type kpiInputSchema } from "@boordtabel/domain";
import { refreshStoredVerdicts, seriesOfKpis } from "./stored-verdicts.js";
import type { Db } from "@boordtabel/db";
import type { z } from "zod";
import { audited, type AuditActor } from "../audit.js";
import { kpiId, nodeOf, planId } from "../lookups.js";

type KpiInput = z.infer<typeof kpiInputSchema>;

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
    // One series, one frequency: a changed KPI frequency moves its total while it holds no values;
    // a series with values keeps its own.
    await tx.series.updateMany({
      where: { kpiId: after.id, isTotal: true, frequency: { not: after.frequency }, measurements: { none: {} } },
      data: { frequency: after.frequency },
    });
    await tx.kpiNode.deleteMany({ where: { kpiId: after.id } });
    await tx.kpiNode.createMany({ data: nodes.map((n) => ({ kpiId: after.id, nodeId: n.id })) });
    // Direction, method, thresholds or unit may have changed: the stored verdicts follow.
    await refreshStoredVerdicts(tx, await seriesOfKpis(tx, [after.id]));
    const strip = ({ id: _id, ...rest }: typeof after) => rest;
    return {
      entityId: input.code,
      before: before ? strip(before) : undefined,
      after: { ...strip(after), nodes: input.nodes },
      result: strip(after),
    };
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

/** A series of a KPI for one combination of dimension members ("geslacht=vrouwen"). */
export function addSeries(db: Db, actor: AuditActor, input: { kpi: string; members: Record<string, string> }) {
  const entries = Object.entries(input.members).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) throw new DomainError("BAD_INPUT", "series.needsMembers");
  const key = entries.map(([d, m]) => `${d}=${m}`).join(";");
  return audited(db, actor, { action: "series.create", entityType: "series" }, async (tx) => {
    const kpi = await kpiId(tx, input.kpi);
    const { frequency } = await tx.kpi.findUniqueOrThrow({ where: { id: kpi }, select: { frequency: true } });
    const members = await Promise.all(
      entries.map(async ([dimension, member]) => {
        const found = await tx.dimensionMember.findFirst({
          where: { code: member, dimension: { code: dimension } },
          select: { id: true, nameNl: true, nameEn: true, dimensionId: true },
        });
        if (!found) throw new DomainError("NOT_FOUND", "dimension.memberNotFound", { dimension, member });
        return found;
      }),
    );
    await tx.kpiDimension.createMany({
      data: members.map((m) => ({ kpiId: kpi, dimensionId: m.dimensionId })),
      skipDuplicates: true,
    });
    const series = await tx.series.create({
      data: {
        kpiId: kpi,
        key,
        frequency,
        labelNl: members.map((m) => m.nameNl).join(", "),
        labelEn: members.map((m) => m.nameEn).join(", "),
        members: { create: members.map((m) => ({ memberId: m.id })) },
      },
      select: { key: true, labelNl: true, labelEn: true },
    });
    return { entityId: `${input.kpi}/${key}`, after: series, result: series };
  });
}
