import { describe, expect, it } from "vitest";
import { useDemoCallers } from "../testing/actors.js";
import { readKpiForDetail, type KpiForDetail } from "./kpi-detail-read.js";
import { benchmarkSelect, targetPathSelect } from "./kpi.selects.js";
import { storedAssessmentSelect } from "./stored-assessments.js";
import { refreshAllStoredVerdicts } from "./stored-verdicts.js";

const demo = useDemoCallers();
const db = () => demo.database.db;

/** The reference: the Prisma relation read the KPI page made before (change 23), brought into
 *  the plain read's shape (decimals as numbers, days as text). */
async function byPrisma(code: string): Promise<KpiForDetail | null> {
  const k = await db().kpi.findUnique({
    where: { code },
    select: {
      id: true,
      code: true,
      nameNl: true,
      nameEn: true,
      definitionNl: true,
      definitionEn: true,
      kind: true,
      unit: true,
      unitLabel: true,
      decimals: true,
      direction: true,
      frequency: true,
      reportingInterval: true,
      publicationLagMonths: true,
      sourceText: true,
      methodText: true,
      nextRelease: true,
      statusMethod: true,
      onTrackThreshold: true,
      atRiskThreshold: true,
      qualitativeStatus: true,
      qualitativeTargets: true,
      facts: true,
      dataSourceNote: true,
      plan: { select: { code: true } },
      nodeLinks: { select: { node: { select: { code: true } } }, orderBy: { nodeId: "asc" } },
      sourceOrganisation: { select: { code: true, nameNl: true, nameEn: true } },
      stewards: {
        select: { organisation: { select: { code: true, nameNl: true, nameEn: true } } },
        orderBy: { id: "asc" },
      },
      series: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          key: true,
          isHeadline: true,
          frequency: true,
          labelNl: true,
          labelEn: true,
          valuesRevision: true,
          targetPaths: { select: targetPathSelect, orderBy: { revision: "asc" } },
          status: { select: storedAssessmentSelect },
        },
      },
      benchmarks: { select: benchmarkSelect, orderBy: { id: "asc" } },
      annotations: {
        select: { date: true, kind: true, titleNl: true, titleEn: true, sourceUrl: true },
        orderBy: [{ date: "asc" }, { id: "asc" }],
      },
      reviewNotes: {
        select: {
          id: true,
          kind: true,
          state: true,
          body: true,
          period: true,
          createdAt: true,
          resolution: true,
          author: { select: { name: true } },
          series: { select: { key: true } },
        },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      },
    },
  });
  if (!k) return null;
  const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
  return {
    ...k,
    nextRelease: day(k.nextRelease),
    onTrackThreshold: k.onTrackThreshold.toNumber(),
    atRiskThreshold: k.atRiskThreshold.toNumber(),
    planCode: k.plan.code,
    nodeCodes: k.nodeLinks.map((l) => l.node.code),
    stewards: k.stewards.map((s) => s.organisation),
    series: k.series.map((s) => ({
      ...s,
      targetPaths: s.targetPaths.map((p) => ({
        ...p,
        baselineValue: p.baselineValue?.toNumber() ?? null,
        tolerance: p.tolerance?.toNumber() ?? null,
        points: p.points.map((pt) => ({ ...pt, value: pt.value.toNumber() })),
      })),
    })),
    benchmarks: k.benchmarks.map((b) => ({ ...b, value: b.value.toNumber() })),
    annotations: k.annotations.map((a) => ({ ...a, date: day(a.date)! })),
    reviewNotes: k.reviewNotes.map((n) => ({
      ...n,
      createdAt: n.createdAt.toISOString(),
      author: n.author.name,
      series: n.series?.key ?? null,
    })),
    // Not part of the plain read's answer: the relation fields Prisma nests.
    plan: undefined,
    nodeLinks: undefined,
  } as unknown as KpiForDetail;
}

describe("the KPI page's plain read", () => {
  it("gives for every seeded KPI what Prisma's relation read gave", async () => {
    await refreshAllStoredVerdicts(db());
    // Review notes (the seed has none): one on a series, one on the KPI, one resolved.
    const wzg = await db().kpi.findUniqueOrThrow({ where: { code: "KPI-WZG" }, select: { id: true, series: true } });
    const author = demo.actors.reviewer.id;
    await db().reviewNote.createMany({
      data: [
        {
          kpiId: wzg.id,
          seriesId: wzg.series[0]!.id,
          period: "2019",
          kind: "RESERVATION",
          body: 'Bron "VDAB"?',
          authorId: author,
        },
        { kpiId: wzg.id, kind: "COMMENT", body: "Zie nota.", authorId: author },
        {
          kpiId: wzg.id,
          kind: "COMMENT",
          state: "RESOLVED",
          resolvedAt: new Date(),
          resolvedById: author,
          body: "Opgelost.",
          resolution: "Ja",
          authorId: author,
        },
      ],
    });
    const kpis = await db().kpi.findMany({ select: { code: true }, orderBy: { code: "asc" } });
    expect(kpis.length).toBeGreaterThan(20);
    const seen = { notes: 0, annotations: 0, benchmarks: 0, revisions: 0, stewards: 0, organisations: 0, statuses: 0 };
    for (const { code } of kpis) {
      const plain = await readKpiForDetail(db(), code);
      const {
        plan: _plan,
        nodeLinks: _links,
        ...reference
      } = (await byPrisma(code)) as KpiForDetail & {
        plan?: unknown;
        nodeLinks?: unknown;
      };
      expect(plain, code).toEqual(reference);
      seen.notes += plain!.reviewNotes.length;
      seen.annotations += plain!.annotations.length;
      seen.benchmarks += plain!.benchmarks.length;
      seen.revisions += plain!.series.reduce((n, s) => n + s.targetPaths.length, 0);
      seen.stewards += plain!.stewards.length;
      seen.organisations += plain!.sourceOrganisation ? 1 : 0;
      seen.statuses += plain!.series.filter((s) => s.status !== null).length;
    }
    // The comparison covered every relation.
    for (const [relation, count] of Object.entries(seen)) expect(count, relation).toBeGreaterThan(0);
  });

  it("finds no KPI for an unknown code", async () => {
    expect(await readKpiForDetail(db(), "KPI-NONE")).toBeNull();
  });

  it("gives the same inside a transaction", async () => {
    const direct = await readKpiForDetail(db(), "KPI-WZG");
    expect(await db().$transaction((tx) => readKpiForDetail(tx, "KPI-WZG"))).toEqual(direct);
  });
});
