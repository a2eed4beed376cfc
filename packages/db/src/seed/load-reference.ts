import { parsePeriod } from "@boordtabel/domain";
import type { Db } from "../client.js";
import type { Prisma } from "../generated/prisma/client.js";
import { readReferenceData, type ReferenceData } from "./read-seed.js";
import { byCode, idOf, type CodeMap } from "./codes.js";
import { loadKpiValues } from "./load-values.js";

type Tx = Prisma.TransactionClient;

export interface SeedResult {
  created: Record<string, number>;
}

async function loadOrganisations(tx: Tx, data: ReferenceData): Promise<CodeMap> {
  await tx.organisation.createMany({
    data: data.organisations.map(({ code, nameNl, nameEn, kind }) => ({ code, nameNl, nameEn, kind })),
    skipDuplicates: true,
  });
  return byCode(await tx.organisation.findMany({ select: { id: true, code: true } }));
}

async function loadPlans(tx: Tx, data: ReferenceData, orgs: CodeMap): Promise<{ plans: CodeMap; nodes: CodeMap }> {
  await tx.plan.createMany({
    data: data.plans.map((p, index) => ({
      code: p.code,
      titleNl: p.titleNl,
      titleEn: p.titleEn,
      titleEnTranslated: p.titleEnTranslated,
      shortTitleNl: p.shortTitleNl,
      shortTitleEn: p.shortTitleEn,
      descriptionNl: p.descriptionNl,
      descriptionEn: p.descriptionEn,
      kind: p.kind,
      ownerOrganisationId: idOf(orgs, p.ownerOrganisationCode, "organisation"),
      ownerText: p.ownerText,
      year: p.year,
      sourceDocument: p.sourceDocument,
      objectives: p.objectives as Prisma.InputJsonValue,
      evidence: p.evidence,
      sortOrder: index,
    })),
    skipDuplicates: true,
  });
  const plans = byCode(await tx.plan.findMany({ select: { id: true, code: true } }));
  const nodes = data.plans.flatMap((p) => p.nodes.map((n, index) => ({ ...n, planCode: p.code, sortOrder: index })));
  const levels = [...new Set(nodes.map((n) => n.level))].sort((a, b) => a - b);
  let nodeIds: CodeMap = new Map();
  for (const level of levels) {
    await tx.planNode.createMany({
      data: nodes
        .filter((n) => n.level === level)
        .map((n) => ({
          planId: idOf(plans, n.planCode, "plan"),
          parentId: n.parentCode ? idOf(nodeIds, n.parentCode, "plan node") : null,
          code: n.code,
          kind: n.kind,
          level: n.level,
          number: n.number,
          titleNl: n.titleNl,
          titleEn: n.titleEn,
          titleEnTranslated: n.titleEnTranslated,
          note: n.note,
          location: n.location ?? undefined,
          sortOrder: n.sortOrder,
        })),
      skipDuplicates: true,
    });
    nodeIds = byCode(await tx.planNode.findMany({ select: { id: true, code: true } }));
  }
  return { plans, nodes: nodeIds };
}

async function loadDimensions(tx: Tx, data: ReferenceData): Promise<Map<string, number>> {
  await tx.dimension.createMany({
    data: data.dimensions.map(({ code, nameNl, nameEn }) => ({ code, nameNl, nameEn })),
    skipDuplicates: true,
  });
  const dimensions = byCode(await tx.dimension.findMany({ select: { id: true, code: true } }));
  await tx.dimensionMember.createMany({
    data: data.dimensions.flatMap((d) =>
      d.members.map((m, index) => ({ dimensionId: idOf(dimensions, d.code, "dimension"), ...m, sortOrder: index })),
    ),
    skipDuplicates: true,
  });
  const members = await tx.dimensionMember.findMany({
    select: { id: true, code: true, dimension: { select: { code: true } } },
  });
  return new Map(members.map((m) => [`${m.dimension.code}=${m.code}`, m.id]));
}

async function loadCommitments(
  tx: Tx,
  data: ReferenceData,
  ids: { plans: CodeMap; nodes: CodeMap; orgs: CodeMap },
): Promise<CodeMap> {
  await tx.commitment.createMany({
    data: data.commitments.map((c, index) => ({
      planId: idOf(ids.plans, c.planCode, "plan"),
      nodeId: idOf(ids.nodes, c.nodeCode, "plan node"),
      code: c.code,
      numberInDocument: c.numberInDocument,
      titleNl: c.titleNl,
      titleEn: c.titleEn,
      titleEnTranslated: c.titleEnTranslated,
      kind: c.kind,
      timeFrameNl: c.timeFrameNl,
      timeFrameEn: c.timeFrameEn,
      quantitativeTarget: c.quantitativeTarget ?? undefined,
      targetGroups: c.targetGroups,
      actorNote: c.actorNote,
      note: c.note,
      evidence: c.evidence,
      sortOrder: index,
    })),
    skipDuplicates: true,
  });
  const commitments = byCode(await tx.commitment.findMany({ select: { id: true, code: true } }));
  await tx.commitmentActor.createMany({
    data: data.commitments.flatMap((c) =>
      c.actors.map((a) => ({
        commitmentId: idOf(commitments, c.code, "commitment"),
        organisationId: idOf(ids.orgs, a.organisationCode, "organisation"),
        role: a.role,
        labelAsWritten: a.labelAsWritten,
      })),
    ),
    skipDuplicates: true,
  });
  return commitments;
}

async function loadKpis(tx: Tx, data: ReferenceData, ids: { plans: CodeMap; orgs: CodeMap }): Promise<CodeMap> {
  const existing = new Set((await tx.kpi.findMany({ select: { code: true } })).map((k) => k.code));
  const fresh = data.kpis.filter((k) => !existing.has(k.code));
  await tx.kpi.createMany({
    data: fresh.map((k) => ({
      planId: idOf(ids.plans, k.planCode, "plan"),
      code: k.code,
      nameNl: k.nameNl,
      nameEn: k.nameEn,
      nameEnTranslated: k.nameEnTranslated,
      definitionNl: k.definitionNl,
      publicationLagMonths: k.publicationLagMonths,
      nextRelease: k.nextRelease ? new Date(`${k.nextRelease}T00:00:00Z`) : null,
      kind: k.kind,
      unit: k.unit,
      unitLabel: k.unitLabel,
      decimals: k.decimals,
      direction: k.direction,
      directionBasis: k.directionBasis,
      frequency: k.frequency,
      reportingInterval: k.reportingInterval,
      sourceOrganisationId: k.sourceOrganisationCode ? idOf(ids.orgs, k.sourceOrganisationCode, "organisation") : null,
      sourceText: k.sourceText,
      isHeadline: k.isHeadline,
      quantifiable: k.quantifiable,
      qualitativeStatus: k.qualitativeStatus as Prisma.InputJsonValue,
      qualitativeTargets: k.qualitativeTargets as Prisma.InputJsonValue,
      facts: k.facts as Prisma.InputJsonValue,
      dataSourceNote: k.dataSourceNote,
      note: k.note,
      sortOrder: data.kpis.indexOf(k),
    })),
  });
  const kpis = byCode(await tx.kpi.findMany({ select: { id: true, code: true } }));
  for (const k of fresh.filter((k) => k.parentCode)) {
    await tx.kpi.update({ where: { code: k.code }, data: { parentKpiId: idOf(kpis, k.parentCode!, "KPI") } });
  }
  return kpis;
}

async function loadLinks(
  tx: Tx,
  data: ReferenceData,
  ids: { nodes: CodeMap; kpis: CodeMap; commitments: CodeMap },
): Promise<void> {
  await tx.kpiNode.createMany({
    data: data.kpis.flatMap((k) =>
      k.nodeCodes.map((n) => ({ kpiId: idOf(ids.kpis, k.code, "KPI"), nodeId: idOf(ids.nodes, n, "plan node") })),
    ),
    skipDuplicates: true,
  });
  const pairs = [
    ...data.kpis.flatMap((k) => k.commitmentCodes.map((c) => [c, k.code] as const)),
    ...data.commitments.flatMap((c) => c.kpiCodes.map((k) => [c.code, k] as const)),
  ];
  await tx.commitmentKpi.createMany({
    data: pairs.map(([c, k]) => ({
      commitmentId: idOf(ids.commitments, c, "commitment"),
      kpiId: idOf(ids.kpis, k, "KPI"),
    })),
    skipDuplicates: true,
  });
}

/** The steward organisations the plan names; added to existing KPIs too (never removed). */
async function loadStewards(tx: Tx, data: ReferenceData, ids: { kpis: CodeMap; orgs: CodeMap }): Promise<void> {
  await tx.kpiSteward.createMany({
    data: data.stewards.map((s) => ({
      kpiId: idOf(ids.kpis, s.kpiCode, "KPI"),
      organisationId: idOf(ids.orgs, s.organisationCode, "organisation"),
    })),
    skipDuplicates: true,
  });
}

/** Loads the reference plans. Only what is missing is inserted; nothing that exists is changed,
 *  so a second run changes nothing and user edits are never overwritten. */
export async function loadReferenceData(db: Db, data: ReferenceData = readReferenceData()): Promise<SeedResult> {
  for (const kpi of data.kpis) for (const s of kpi.series) for (const o of s.observations) parsePeriod(o.period);
  return db.$transaction(
    async (tx) => {
      const before = await countRows(tx);
      const orgs = await loadOrganisations(tx, data);
      const { plans, nodes } = await loadPlans(tx, data, orgs);
      const members = await loadDimensions(tx, data);
      const commitments = await loadCommitments(tx, data, { plans, nodes, orgs });
      const kpis = await loadKpis(tx, data, { plans, orgs });
      await loadLinks(tx, data, { nodes, kpis, commitments });
      await loadStewards(tx, data, { kpis, orgs });
      await loadKpiValues(tx, data, { kpis, members, plans });
      const after = await countRows(tx);
      const created = Object.fromEntries(
        Object.entries(after)
          .map(([table, n]) => [table, n - (before[table] ?? 0)] as const)
          .filter(([, n]) => n > 0),
      );
      if (Object.keys(created).length > 0) {
        await tx.auditLog.create({
          data: {
            actorLabel: "system:seed",
            action: "seed.reference",
            entityType: "reference",
            entityId: "prisma/seed",
            after: created,
            reason: "Referentieplannen geladen (IAB, DIGI, I40)",
          },
        });
      }
      return { created };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

const COUNTED_TABLES = [
  "organisation",
  "plan",
  "plan_node",
  "commitment",
  "kpi",
  "series",
  "measurement",
  "measurement_version",
  "target_path",
  "benchmark",
  "annotation",
] as const;

async function countRows(tx: Tx): Promise<Record<string, number>> {
  const columns = COUNTED_TABLES.map((t) => `(SELECT count(*) FROM "${t}")::int AS "${t}"`).join(", ");
  const [row] = await tx.$queryRawUnsafe<Record<string, number>[]>(`SELECT ${columns}`);
  return row!;
}
