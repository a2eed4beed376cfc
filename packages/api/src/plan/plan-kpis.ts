import type { Db } from "@boordtabel/db";
import { bilingual } from "../dto.js";
import { assessmentFieldsSelect } from "../kpi/engine-adapter.js";
import { benchmarkSelect, toBenchmarkDto, type TargetPathDto } from "../kpi/kpi.selects.js";
import { ofFrequency, type Observation } from "../kpi/observations.js";
import { judgedOn, openDataStatus } from "../kpi/open-data-series.js";

export function findKpis(db: Db, planId: number) {
  return db.kpi.findMany({
    where: { planId, archivedAt: null },
    orderBy: { sortOrder: "asc" },
    select: {
      code: true,
      nameNl: true,
      nameEn: true,
      kind: true,
      ...assessmentFieldsSelect,
      publicationLagMonths: true,
      isHeadline: true,
      id: true,
      parentKpiId: true,
      nodeLinks: { select: { nodeId: true } },
      series: {
        orderBy: { id: "asc" },
        select: { id: true, key: true, labelNl: true, labelEn: true, frequency: true, isHeadline: true },
      },
      benchmarks: { select: benchmarkSelect, orderBy: { id: "asc" } },
    },
  });
}

type PlanKpiRow = Awaited<ReturnType<typeof findKpis>>[number];

interface PlanKpiContext {
  observations: Map<number, Observation[]>;
  paths: Map<number, TargetPathDto>;
  asOf: string | undefined;
  kpiCode: Map<number, string>;
  nodeCode: Map<number, string>;
}

/** The plan's KPIs with the latest value, target path and status of every series, judged on
 *  `asOf` when given; a KPI's own status is its headline series' status. */
export function toPlanKpis(kpis: PlanKpiRow[], context: PlanKpiContext) {
  const seriesKey = new Map(kpis.flatMap((k) => k.series.map((s) => [s.id, s.key] as const)));
  return kpis.map((k) => {
    const series = k.series.map((s) => {
      const values = context.observations.get(s.id) ?? [];
      const value = ofFrequency(values, s.frequency).at(-1);
      const targetPath = context.paths.get(s.id) ?? null;
      return {
        key: s.key,
        label: bilingual(s.labelNl, s.labelEn),
        frequency: s.frequency.toLowerCase(),
        headline: s.isHeadline,
        latest: value
          ? {
              period: value.period,
              value: value.value,
              status: value.status,
              source: value.source,
              sourceUrl: value.sourceUrl,
            }
          : null,
        targetPath,
        ...openDataStatus(k, values, targetPath, {
          frequency: s.frequency,
          ...judgedOn(context.asOf),
        }),
      };
    });
    const headline = series.find((s) => s.headline);
    return {
      code: k.code,
      name: bilingual(k.nameNl, k.nameEn),
      kind: k.kind.toLowerCase(),
      unit: k.unit.toLowerCase(),
      decimals: k.decimals,
      direction: k.direction.toLowerCase(),
      frequency: k.frequency.toLowerCase(),
      publicationLagMonths: k.publicationLagMonths,
      headline: k.isHeadline,
      // The KPI's status is its headline series' status.
      headlineSeries: headline?.key ?? null,
      status: headline?.status ?? ("NO_DATA" as const),
      parent: k.parentKpiId === null ? null : (context.kpiCode.get(k.parentKpiId) ?? null),
      nodes: k.nodeLinks.map((l) => context.nodeCode.get(l.nodeId)).filter((c): c is string => c !== undefined),
      series,
      benchmarks: k.benchmarks.map((b) => toBenchmarkDto(b, seriesKey)),
    };
  });
}
