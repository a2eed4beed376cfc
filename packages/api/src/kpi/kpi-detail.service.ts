import { DomainError, periodFacts, plannedBand, publishableUrl } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import type { Actor } from "../auth/actor.js";
import { bilingual, num, optionalBilingual } from "../dto.js";
import { toChart, valueSources } from "./kpi-chart.js";
import { toBenchmarkDto, toTargetPathDto } from "./kpi.selects.js";
import { readKpiForDetail } from "./kpi-detail-read.js";
import { loadObservations } from "./observations.js";
import { publishedPoints, publishedValues } from "./series-values.js";
import { storedBySeries, storedOrAssessed, type AssessedSeries } from "./stored-assessments.js";
import { currentPaths, loadTargetPaths, toEnginePath } from "./target-paths.js";

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
  const kpi = await readKpiForDetail(db, input.code);
  if (!kpi) throw new DomainError("NOT_FOUND", "kpi.notFound", { code: input.code });
  const series = chooseSeries(kpi.series, input);
  const asOf = input.asOf ? new Date(`${input.asOf}T23:59:59.999Z`) : undefined;
  // Today's page takes its target path and the verdict the last write stored from the KPI's own
  // read (no round trip of their own), and with a stored verdict only what it draws of the values;
  // a page as of a date, or without a stored verdict that holds, reads every field of the values
  // (the forecast names its latest value whole) and computes the verdict.
  const stored = asOf ? new Map<number, AssessedSeries>() : storedBySeries([series]);
  const [values, paths] = await Promise.all([
    asOf
      ? loadObservations(db, [series.id], asOf).then((read) => read.get(series.id) ?? [])
      : stored.has(series.id)
        ? publishedPoints(db, series)
        : publishedValues(db, series),
    asOf ? loadTargetPaths(db, [series.id], asOf) : currentPaths([series]),
  ]);
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
    date: a.date,
    kind: a.kind.toLowerCase(),
    title: bilingual(a.titleNl, a.titleEn),
    sourceUrl: publishableUrl(a.sourceUrl),
  }));
  return {
    kpi: {
      code: kpi.code,
      plan: kpi.planCode,
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
      stewards: kpi.stewards.flatMap((o) => (o ? [{ code: o.code, name: bilingual(o.nameNl, o.nameEn) }] : [])),
      method: kpi.methodText,
      nextRelease: kpi.nextRelease,
      statusMethod: kpi.statusMethod.toLowerCase(),
      nodes: kpi.nodeCodes,
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
      series: n.series,
      author: n.author,
      createdAt: n.createdAt,
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
