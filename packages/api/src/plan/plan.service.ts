import { DomainError } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import { bilingual, optionalBilingual } from "../dto.js";
import { loadObservations } from "../kpi/observations.js";
import { loadTargetPaths } from "../kpi/target-paths.js";
import { coverageOf, withCoverage } from "./plan-coverage.js";
import { findKpis, toPlanKpis } from "./plan-kpis.js";
import { buildNodeTree, type NodeRow } from "./plan-tree.js";

export async function listPlans(db: Db) {
  const plans = await db.plan.findMany({
    where: { archivedAt: null },
    orderBy: { sortOrder: "asc" },
    select: {
      code: true,
      titleNl: true,
      titleEn: true,
      shortTitleNl: true,
      shortTitleEn: true,
      year: true,
      ownerText: true,
      _count: { select: { nodes: true, commitments: true, kpis: true } },
    },
  });
  return plans.map((p) => ({
    code: p.code,
    title: bilingual(p.titleNl, p.titleEn),
    /** For display where the full title is too long; the full title when there is no shorter one. */
    shortTitle: bilingual(p.shortTitleNl ?? p.titleNl, p.shortTitleEn ?? p.titleEn),
    year: p.year,
    owner: p.ownerText,
    counts: p._count,
  }));
}

async function findPlan(db: Db, code: string) {
  const plan = await db.plan.findUnique({
    where: { code },
    select: {
      id: true,
      code: true,
      titleNl: true,
      titleEn: true,
      titleEnTranslated: true,
      descriptionNl: true,
      descriptionEn: true,
      kind: true,
      year: true,
      ownerText: true,
      sourceDocument: true,
      objectives: true,
      nodes: {
        orderBy: { sortOrder: "asc" },
        select: {
          id: true,
          parentId: true,
          code: true,
          kind: true,
          level: true,
          number: true,
          titleNl: true,
          titleEn: true,
        },
      },
    },
  });
  if (!plan) throw new DomainError("NOT_FOUND", "plan.notFound", { code });
  return plan;
}

function findCommitments(db: Db, planId: number) {
  return db.commitment.findMany({
    where: { planId },
    orderBy: { sortOrder: "asc" },
    select: {
      code: true,
      nodeId: true,
      kind: true,
      status: true,
      titleNl: true,
      titleEn: true,
      deadline: true,
      actors: { select: { role: true, labelAsWritten: true, organisation: { select: { code: true } } } },
      kpiLinks: { select: { kpiId: true } },
    },
  });
}

/** The plan with its node tree, commitments and KPIs (latest published value, target path in
 *  force, benchmarks), as known today or at the end of `asOf` (YYYY-MM-DD), in a fixed number
 *  of queries, whatever the plan's size. */
export async function getPlanDetail(db: Db, code: string, asOf?: string) {
  const plan = await findPlan(db, code);
  const [commitments, kpis] = await Promise.all([findCommitments(db, plan.id), findKpis(db, plan.id)]);

  const seriesIds = kpis.flatMap((k) => k.series.map((s) => s.id));
  const asOfMoment = asOf ? new Date(`${asOf}T23:59:59.999Z`) : undefined;
  const [observations, paths] = await Promise.all([
    loadObservations(db, seriesIds, asOfMoment),
    loadTargetPaths(db, seriesIds, asOfMoment),
  ]);
  const nodeCode = new Map(plan.nodes.map((n) => [n.id, n.code]));
  // Codes of linked KPIs are resolved here rather than by extra joins; links may point to KPIs
  // of other plans, which are then looked up once.
  const kpiCode = new Map(kpis.map((k) => [k.id, k.code]));
  const foreignIds = [...new Set(commitments.flatMap((c) => c.kpiLinks.map((l) => l.kpiId)))].filter(
    (id) => !kpiCode.has(id),
  );
  if (foreignIds.length > 0) {
    for (const k of await db.kpi.findMany({ where: { id: { in: foreignIds } }, select: { id: true, code: true } }))
      kpiCode.set(k.id, k.code);
  }
  const nodes: NodeRow[] = plan.nodes.map((n) => ({
    ...n,
    commitmentCodes: commitments.filter((c) => c.nodeId === n.id).map((c) => c.code),
    kpiCodes: kpis.filter((k) => k.nodeLinks.some((l) => l.nodeId === n.id)).map((k) => k.code),
  }));
  const kpiDtos = toPlanKpis(kpis, { observations, paths, asOf, kpiCode, nodeCode });
  const statusOf = new Map(kpiDtos.map((k) => [k.code, k.status]));
  return {
    code: plan.code,
    title: bilingual(plan.titleNl, plan.titleEn),
    titleEnTranslated: plan.titleEnTranslated,
    description: optionalBilingual(plan.descriptionNl, plan.descriptionEn),
    kind: plan.kind,
    year: plan.year,
    owner: plan.ownerText,
    sourceDocument: plan.sourceDocument,
    objectives: plan.objectives,
    asOf: asOf ?? null,
    coverage: coverageOf(
      kpiDtos.map((k) => k.code),
      statusOf,
    ),
    nodes: withCoverage(buildNodeTree(nodes), statusOf),
    commitments: commitments.map((c) => ({
      code: c.code,
      node: nodeCode.get(c.nodeId) ?? null,
      kind: c.kind.toLowerCase(),
      status: c.status.toLowerCase(),
      title: bilingual(c.titleNl, c.titleEn),
      deadline: c.deadline?.toISOString().slice(0, 10) ?? null,
      actors: c.actors.map((a) => ({
        role: a.role.toLowerCase(),
        organisation: a.organisation.code,
        label: a.labelAsWritten,
      })),
      kpis: c.kpiLinks.map((l) => kpiCode.get(l.kpiId)!),
    })),
    kpis: kpiDtos,
  };
}

export type PlanDetail = Awaited<ReturnType<typeof getPlanDetail>>;
export type PlanSummary = Awaited<ReturnType<typeof listPlans>>[number];
