import { DomainError, periodFacts, plannedBand, publishableUrl } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import type { Actor } from "../auth/actor.js";
import { bilingual, num, optionalBilingual } from "../dto.js";
import { toChart, valueSources } from "./kpi-chart.js";
import { benchmarkSelect, targetPathSelect, toBenchmarkDto, toTargetPathDto } from "./kpi.selects.js";
import { loadObservations } from "./observations.js";
import { storedAssessmentSelect, storedBySeries, storedOrAssessed, type AssessedSeries } from "./stored-assessments.js";
import { currentPaths, loadTargetPaths, toEnginePath } from "./target-paths.js";

const kpiSelect = {
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
  nodeLinks: { select: { node: { select: { code: true } } } },
  sourceOrganisation: { select: { code: true, nameNl: true, nameEn: true } },
  stewards: { select: { organisation: { select: { code: true, nameNl: true, nameEn: true } } } },
  series: {
    orderBy: { id: "asc" },
    select: {
      id: true,
      key: true,
      isHeadline: true,
      frequency: true,
      labelNl: true,
      labelEn: true,
      targetPaths: { select: targetPathSelect, orderBy: { revision: "asc" } },
      status: { select: storedAssessmentSelect },
    },
  },
  benchmarks: { select: benchmarkSelect, orderBy: { id: "asc" } },
  annotations: {
    select: { date: true, kind: true, titleNl: true, titleEn: true, sourceUrl: true },
    orderBy: { date: "asc" },
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
    orderBy: { createdAt: "desc" },
  },
} as const;

/** Yearly periods from the first value or baseline to the last target or value, for the chart. */
function chartYears(periods: string[]): string[] {
  const years = periods.map((p) => periodFacts(p).endYear);
  if (years.length === 0) return [];
  const out: string[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) out.push(String(y));
  return out;
}

/** Everything the KPI page shows, for one series, as known today or at `asOf`. */
export async function getKpiDetail(
  db: Db,
  actor: Actor | null,
  input: { code: string; series?: string; asOf?: string },
) {
  const kpi = await db.kpi.findUnique({ where: { code: input.code }, select: kpiSelect });
  if (!kpi) throw new DomainError("NOT_FOUND", "kpi.notFound", { code: input.code });
  const series = chooseSeries(kpi.series, input);
  const asOf = input.asOf ? new Date(`${input.asOf}T23:59:59.999Z`) : undefined;
  // Today's page takes its target path and the verdict the last write stored from the KPI's own
  // read (no round trip of their own); a page as of a date reads the revision known then and
  // computes the verdict.
  const [observations, paths] = await Promise.all([
    loadObservations(db, [series.id], asOf),
    asOf ? loadTargetPaths(db, [series.id], asOf) : currentPaths([series]),
  ]);
  const stored = asOf ? new Map<number, AssessedSeries>() : storedBySeries([series]);
  const values = observations.get(series.id) ?? [];
  const path = paths.get(series.id);
  // As known on a date is also judged on that date: which targets had passed, what was due.
  const { assessment, forecast } = storedOrAssessed(stored.get(series.id), kpi, values, path, {
    frequency: series.frequency,
    ...(input.asOf ? { today: input.asOf } : {}),
  });
  const enginePath = toEnginePath(path);
  const periods = [
    ...values.map((o) => o.period),
    ...(path?.baseline ? [path.baseline.period] : []),
    ...(path?.targets.map((t) => t.period) ?? []),
  ];
  const seesWork = actor !== null && actor.role !== "VIEWER";
  const benchmarks = kpi.benchmarks.map((b) => toBenchmarkDto(b, new Map(kpi.series.map((s) => [s.id, s.key]))));
  const annotations = kpi.annotations.map((a) => ({
    date: a.date.toISOString().slice(0, 10),
    kind: a.kind.toLowerCase(),
    title: bilingual(a.titleNl, a.titleEn),
    sourceUrl: publishableUrl(a.sourceUrl),
  }));
  return {
    kpi: {
      code: kpi.code,
      plan: kpi.plan.code,
      name: bilingual(kpi.nameNl, kpi.nameEn),
      definition: optionalBilingual(kpi.definitionNl, kpi.definitionEn),
      kind: kpi.kind.toLowerCase(),
      unit: kpi.unit.toLowerCase(),
      unitLabel: kpi.unitLabel,
      decimals: kpi.decimals,
      direction: kpi.direction.toLowerCase(),
      frequency: kpi.frequency.toLowerCase(),
      reportingInterval: kpi.reportingInterval,
      publicationLagMonths: kpi.publicationLagMonths,
      source: kpi.sourceText,
      sourceOrganisation: kpi.sourceOrganisation
        ? {
            code: kpi.sourceOrganisation.code,
            name: bilingual(kpi.sourceOrganisation.nameNl, kpi.sourceOrganisation.nameEn),
          }
        : null,
      // The organisations answerable for the KPI, each with its page (/organisaties/:code).
      stewards: kpi.stewards.flatMap((s) =>
        s.organisation
          ? [{ code: s.organisation.code, name: bilingual(s.organisation.nameNl, s.organisation.nameEn) }]
          : [],
      ),
      method: kpi.methodText,
      nextRelease: kpi.nextRelease?.toISOString().slice(0, 10) ?? null,
      statusMethod: kpi.statusMethod.toLowerCase(),
      nodes: kpi.nodeLinks.map((l) => l.node.code),
      qualitativeStatus: kpi.qualitativeStatus,
      qualitativeTargets: kpi.qualitativeTargets,
      facts: kpi.facts,
      dataSourceNote: kpi.dataSourceNote,
    },
    asOf: input.asOf ?? null,
    series: kpi.series.map((s) => ({
      key: s.key,
      label: bilingual(s.labelNl, s.labelEn),
      frequency: s.frequency.toLowerCase(),
      isHeadline: s.isHeadline,
    })),
    selectedSeries: series.key,
    /** Periods of this frequency form the line; a series holds one frequency only. */
    selectedFrequency: series.frequency.toLowerCase(),
    /** The values to draw, thinned on a long series; the table loads all of them (`kpi.values`). */
    chart: toChart(values, {
      frequency: series.frequency,
      reportingInterval: kpi.reportingInterval,
      markedPeriods: [
        ...(path?.baseline ? [path.baseline.period] : []),
        ...(path?.targets.map((t) => t.period) ?? []),
        ...benchmarks.flatMap((b) => (b.series === series.key && b.period ? [b.period] : [])),
      ],
      annotationDates: annotations.map((a) => a.date),
    }),
    /** Every source named on the series' values, also those of values the chart leaves out. */
    valueSources: valueSources(values),
    targetPath: path ?? null,
    targetHistory: series.targetPaths.map((p) => toTargetPathDto(p)!),
    planned: enginePath ? plannedBand(enginePath, chartYears(periods)) : [],
    benchmarks,
    assessment,
    forecast,
    annotations,
    reviewNotes: kpi.reviewNotes.map((n) => ({
      id: n.id,
      kind: n.kind.toLowerCase(),
      state: n.state.toLowerCase(),
      body: n.body,
      period: n.period,
      series: n.series?.key ?? null,
      author: n.author.name,
      createdAt: n.createdAt.toISOString(),
      resolution: n.resolution,
    })),
    thresholds: { onTrack: num(kpi.onTrackThreshold), atRisk: num(kpi.atRiskThreshold) },
    canEdit: seesWork,
  };
}

/** The series a KPI page shows: the one asked for, else the KPI's headline series (the one its
 *  status is judged on), else its first. */
export function chooseSeries<S extends { key: string; isHeadline: boolean }>(
  series: S[],
  input: { code: string; series?: string | undefined },
): S {
  const chosen =
    (input.series === undefined ? undefined : series.find((s) => s.key === input.series)) ??
    series.find((s) => s.isHeadline) ??
    series[0];
  if (!chosen)
    throw new DomainError("NOT_FOUND", "series.notFound", { code: input.code, series: input.series ?? "total" });
  return chosen;
}

export type KpiDetail = Awaited<ReturnType<typeof getKpiDetail>>;
