import { publishableUrl, type TargetKind } from "@boordtabel/domain";
import type { Prisma } from "@boordtabel/db";
import { bilingual, num } from "../dto.js";

/** Shared selects so the plan tree and the KPI export describe targets and benchmarks alike. */
export const targetPathSelect = {
  revision: true,
  baselinePeriod: true,
  baselineValue: true,
  baselineSource: true,
  interpolation: true,
  tolerance: true,
  justification: true,
  createdAt: true,
  supersededAt: true,
  points: {
    select: { period: true, value: true, kind: true, sourceLabel: true, sourceUrl: true, note: true },
    orderBy: { periodEnd: "asc" },
  },
} satisfies Prisma.TargetPathSelect;

export const benchmarkSelect = {
  entityCode: true,
  entityNl: true,
  entityEn: true,
  period: true,
  value: true,
  sourceLabel: true,
  sourceUrl: true,
  note: true,
  seriesId: true,
} satisfies Prisma.BenchmarkSelect;

/** A target path as `targetPathSelect` reads it, or as a plain read gives it (decimals as
 *  numbers, see target-paths.ts). */
type Decimalish = Prisma.Decimal | number;
export type TargetPathRow = Omit<
  Prisma.TargetPathGetPayload<{ select: typeof targetPathSelect }>,
  "baselineValue" | "tolerance" | "interpolation" | "points"
> & {
  interpolation: string;
  baselineValue: Decimalish | null;
  tolerance: Decimalish | null;
  points: (Omit<Prisma.TargetPointGetPayload<{ select: typeof targetPathSelect.points.select }>, "value" | "kind"> & {
    value: Decimalish;
    kind: string;
  })[];
};
type BenchmarkRow = Omit<Prisma.BenchmarkGetPayload<{ select: typeof benchmarkSelect }>, "value"> & {
  value: Decimalish;
};

export function toTargetPathDto(path: TargetPathRow | null) {
  if (!path) return null;
  return {
    revision: path.revision,
    baseline:
      path.baselinePeriod === null
        ? null
        : { period: path.baselinePeriod, value: num(path.baselineValue), source: path.baselineSource },
    interpolation: path.interpolation.toLowerCase() as "linear" | "step",
    tolerance: num(path.tolerance),
    justification: path.justification,
    recordedAt: path.createdAt.toISOString(),
    supersededAt: path.supersededAt?.toISOString() ?? null,
    targets: path.points.map((p) => ({
      period: p.period,
      value: num(p.value),
      kind: p.kind.toLowerCase() as TargetKind,
      source: p.sourceLabel,
      sourceUrl: publishableUrl(p.sourceUrl),
      note: p.note,
    })),
  };
}

/** `seriesKey` resolves the benchmark's series (null: it compares with the total). */
export function toBenchmarkDto(b: BenchmarkRow, seriesKey: Map<number, string>) {
  return {
    entity: b.entityCode,
    name: bilingual(b.entityNl, b.entityEn),
    period: b.period,
    value: num(b.value),
    series: b.seriesId === null ? "total" : (seriesKey.get(b.seriesId) ?? "total"),
    source: b.sourceLabel,
    sourceUrl: publishableUrl(b.sourceUrl),
    note: b.note,
  };
}

export type TargetPathDto = ReturnType<typeof toTargetPathDto>;
export type BenchmarkDto = ReturnType<typeof toBenchmarkDto>;
