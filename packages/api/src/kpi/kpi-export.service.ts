import { assessmentFieldsSelect } from "./assess-kpi.js";
import { comparePeriods, DomainError } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import { bilingual, num, optionalBilingual } from "../dto.js";
import { seriesStatus } from "./series-status.js";
import { benchmarkSelect, targetPathSelect, toBenchmarkDto, toTargetPathDto } from "./kpi.selects.js";

/** Every published observation of a KPI, per series, with its target paths and benchmarks:
 *  the open-data export. Three queries whatever the KPI's size. */
export async function getKpiObservations(db: Db, code: string) {
  const kpi = await db.kpi.findUnique({
    where: { code },
    select: {
      id: true,
      code: true,
      nameNl: true,
      nameEn: true,
      definitionNl: true,
      definitionEn: true,
      ...assessmentFieldsSelect,
      unitLabel: true,
      sourceText: true,
      plan: { select: { code: true } },
      series: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          key: true,
          labelNl: true,
          labelEn: true,
          members: { select: { member: { select: { code: true, dimension: { select: { code: true } } } } } },
          currentTargetPath: { select: targetPathSelect },
        },
      },
      benchmarks: { select: benchmarkSelect, orderBy: { id: "asc" } },
    },
  });
  if (!kpi) throw new DomainError("NOT_FOUND", "kpi.notFound", { code });
  const measurements = await db.measurement.findMany({
    where: { series: { kpiId: kpi.id }, publishedVersion: { withdrawn: false } },
    select: {
      seriesId: true,
      period: true,
      publishedVersion: {
        select: {
          value: true,
          status: true,
          sourceLabel: true,
          sourceUrl: true,
          comment: true,
          breakInSeries: true,
          knownSince: true,
          knownSinceApproximate: true,
          validatedAt: true,
        },
      },
    },
  });
  const series = kpi.series.map((s) => {
    const observations = measurements
      .filter((m) => m.seriesId === s.id && m.publishedVersion)
      .sort((a, b) => comparePeriods(a.period, b.period))
      .map((m) => {
        const v = m.publishedVersion!;
        return {
          period: m.period,
          value: num(v.value),
          status: v.status.toLowerCase() as "provisional" | "final" | "estimate",
          source: v.sourceLabel,
          sourceUrl: v.sourceUrl,
          comment: v.comment,
          breakInSeries: v.breakInSeries,
          knownSince: (v.knownSince ?? v.validatedAt)?.toISOString().slice(0, 10) ?? null,
          knownSinceApproximate: v.knownSinceApproximate,
        };
      });
    const known = observations.flatMap((o) => (o.value === null ? [] : [{ ...o, value: o.value }]));
    const targetPath = toTargetPathDto(s.currentTargetPath);
    return {
      key: s.key,
      label: bilingual(s.labelNl, s.labelEn),
      members: Object.fromEntries(s.members.map((m) => [m.member.dimension.code, m.member.code])),
      targetPath,
      ...seriesStatus(kpi, known, targetPath),
      observations,
    };
  });
  return {
    kpi: {
      code: kpi.code,
      plan: kpi.plan.code,
      name: bilingual(kpi.nameNl, kpi.nameEn),
      definition: optionalBilingual(kpi.definitionNl, kpi.definitionEn),
      unit: kpi.unit.toLowerCase(),
      unitLabel: kpi.unitLabel,
      decimals: kpi.decimals,
      direction: kpi.direction.toLowerCase(),
      frequency: kpi.frequency.toLowerCase(),
      source: kpi.sourceText,
    },
    targetPath: series.find((s) => s.key === "total")?.targetPath ?? null,
    benchmarks: kpi.benchmarks.map((b) => toBenchmarkDto(b, new Map(kpi.series.map((s) => [s.id, s.key])))),
    series,
  };
}

export type KpiObservations = Awaited<ReturnType<typeof getKpiObservations>>;
