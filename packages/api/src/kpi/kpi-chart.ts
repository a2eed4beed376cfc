import { CHART_MAX_POINTS, chartIndices, isPeriod, periodFacts, seriesStretches } from "@boordtabel/domain";
import type { PublishedPoint } from "./observations.js";

/** A value as the chart (and the table of a short series) shows it, with the stretch it belongs
 *  to in the whole series (a new stretch after a missing period or a break), so a thinned line
 *  still shows only the real gaps. When it became known and its comment are in `kpi.values`. */
export type ChartPoint = PublishedPoint & {
  stretch?: number;
};

const toPoint = (o: PublishedPoint, stretch: number | undefined): ChartPoint => ({
  period: o.period,
  value: o.value,
  status: o.status,
  source: o.source,
  sourceUrl: o.sourceUrl,
  breakInSeries: o.breakInSeries,
  ...(stretch === undefined ? {} : { stretch }),
});

export interface KpiChart {
  /** The values sent for drawing, oldest first: all of them, or a thinned selection. */
  points: ChartPoint[];
  /** True when `points` holds fewer than all values; the table then loads them (`kpi.values`). */
  thinned: boolean;
  /** How many values the series has. */
  totalPoints: number;
  maxPoints: number;
}

/**
 * The chart's share of the KPI detail: a series longer than `maxPoints` is thinned to its shape,
 * keeping what the chart marks or another reader needs (see `chartIndices`). Values of another
 * frequency than the series' own (a guard: a series holds one frequency) are all sent.
 * Everything judged — status, forecast, summary — is computed from every value, never from this.
 */
export function toChart(
  values: readonly PublishedPoint[],
  context: {
    frequency: string;
    reportingInterval?: number | null;
    markedPeriods: string[];
    annotationDates: string[];
  },
  maxPoints = CHART_MAX_POINTS,
): KpiChart {
  const frequency = context.frequency.toUpperCase();
  const ownValues = values.filter((o) => periodFacts(o.period).frequency === frequency);
  const own = ownValues.length > 0 ? ownValues : values;
  const stretches = seriesStretches(own, context.reportingInterval ?? 1);
  const kept = new Set(
    chartIndices(
      own,
      stretches,
      { periods: context.markedPeriods.filter(isPeriod), annotationDates: context.annotationDates },
      maxPoints,
    ).map((i) => own[i]!),
  );
  const stretchOf = new Map(own.map((o, i) => [o, stretches[i]!]));
  const points = values.filter((o) => kept.has(o) || !stretchOf.has(o)).map((o) => toPoint(o, stretchOf.get(o)));
  return { points, thinned: points.length < values.length, totalPoints: values.length, maxPoints };
}

/** The distinct sources named on the values, in the order first used: what the board pack lists,
 *  whole even when the chart is thinned. */
export const valueSources = (values: readonly PublishedPoint[]): string[] => [
  ...new Set(values.map((o) => o.source).filter((s): s is string => !!s)),
];
