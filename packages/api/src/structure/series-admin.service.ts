import { DomainError } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import { audited, type AuditActor } from "../audit.js";
import { kpiId, organisationId } from "./lookups.js";

export interface DimensionInput {
  code: string;
  nameNl: string;
  nameEn: string;
  members: { code: string; nameNl: string; nameEn: string }[];
}

/** A disaggregation (sex, age group, …) with its members; members are added, never removed. */
export function saveDimension(db: Db, actor: AuditActor, input: DimensionInput) {
  return audited(db, actor, { action: "dimension.save", entityType: "dimension" }, async (tx) => {
    const dimension = await tx.dimension.upsert({
      where: { code: input.code },
      create: { code: input.code, nameNl: input.nameNl, nameEn: input.nameEn },
      update: { nameNl: input.nameNl, nameEn: input.nameEn },
      select: { id: true },
    });
    for (const [index, m] of input.members.entries()) {
      await tx.dimensionMember.upsert({
        where: { dimensionId_code: { dimensionId: dimension.id, code: m.code } },
        create: { dimensionId: dimension.id, ...m, sortOrder: index },
        update: { nameNl: m.nameNl, nameEn: m.nameEn },
      });
    }
    return { entityId: input.code, after: input, result: { code: input.code, members: input.members.length } };
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

/** Limits an editor to given KPIs and organisations' KPIs; no scope means all KPIs. */
export function setEditorScopes(
  db: Db,
  actor: AuditActor,
  input: { userId: string; kpis: string[]; organisations: string[] },
) {
  return audited(db, actor, { action: "user.scopes", entityType: "user" }, async (tx) => {
    if (!(await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } })))
      throw new DomainError("NOT_FOUND", "user.notFound");
    const before = await tx.editorScope.findMany({
      where: { userId: input.userId },
      select: { kpi: { select: { code: true } }, organisation: { select: { code: true } } },
    });
    await tx.editorScope.deleteMany({ where: { userId: input.userId } });
    const kpiIds = await Promise.all(input.kpis.map((code) => kpiId(tx, code)));
    const orgIds = await Promise.all(input.organisations.map((code) => organisationId(tx, code)));
    await tx.editorScope.createMany({
      data: [
        ...kpiIds.map((id) => ({ userId: input.userId, kpiId: id })),
        ...orgIds.map((id) => ({ userId: input.userId, organisationId: id })),
      ],
    });
    return {
      entityId: input.userId,
      before: {
        kpis: before.flatMap((s) => (s.kpi ? [s.kpi.code] : [])),
        organisations: before.flatMap((s) => (s.organisation ? [s.organisation.code] : [])),
      },
      after: { kpis: input.kpis, organisations: input.organisations },
      result: { userId: input.userId, kpis: input.kpis, organisations: input.organisations },
    };
  });
}
