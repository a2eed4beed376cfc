import type { KpiDetail } from "@boordtabel/api";
import { dateTime, decimate, parsePeriod, periodTime, seriesStretches } from "@boordtabel/domain";

/** A value of the series: a chart point of the detail, or one of every value (`kpi.values`). */
export type ChartValue = KpiDetail["chart"]["points"][number];

export interface ChartRow {
  period: string;
  /** Position on the time axis in years (the period's midpoint). */
  t: number;
  /** A value of the KPI's own frequency, drawn as the actual line. */
  actual?: number;
  /** A value of another frequency (a quarter of a yearly KPI), drawn as loose points. */
  other?: number;
  provisional?: boolean;
  valueStatus?: string;
  source?: string | null;
  sourceUrl?: string | null;
  planned?: number;
  band?: [number, number];
  forecast?: number;
  forecastBand?: [number, number];
  target?: number;
  targetSource?: string;
  /** A derived or unofficial point (kind "indicative"): drawn apart, never part of the path. */
  indicative?: number;
  indicativeSource?: string;
  /** Benchmarks of this period, by entity (Sweden, EU27 …). */
  benchmarks?: Record<string, number>;
  /** Which stretch of the actual line this value belongs to: a missing period or a break in
   *  the series starts a new one, so the line shows a gap instead of bridging it. */
  segment?: number;
  breakInSeries?: boolean;
}

export interface AnnotationMark {
  t: number;
  date: string;
  title: KpiDetail["annotations"][number]["title"];
}

/** The rows the chart draws, one per period on a numeric time axis. The values are the detail's
 *  `chart.points` (thinned on the server for a long series) or, for the table, every value. When
 *  the line has more points than the chart has room for (`maxPoints`), it is thinned further with
 *  LTTB, keeping the shape, the provisional values, both ends of every stretch and the last value. */
export function toChartRows(
  detail: KpiDetail,
  maxPoints = Number.POSITIVE_INFINITY,
  values: ChartValue[] = detail.chart.points,
): ChartRow[] {
  const rows = new Map<string, ChartRow>();
  const row = (period: string): ChartRow =>
    rows.get(period) ?? rows.set(period, { period, t: periodTime(period) }).get(period)!;
  for (const p of detail.planned) Object.assign(row(p.period), { planned: p.planned, band: [p.low, p.high] });
  const frequency = detail.selectedFrequency.toUpperCase();
  const own = values.filter((o) => parsePeriod(o.period).frequency === frequency);
  const drawn = own.length > 0 ? own : values;
  // A gap is judged on the whole series: a thinned point is not a missing one. The server sends
  // each point's stretch, judged before thinning; values without one are the whole series.
  const stretches = drawn.every((o) => o.stretch !== undefined)
    ? drawn.map((o) => o.stretch!)
    : seriesStretches(drawn, detail.kpi.reportingInterval);
  const kept = decimate(
    drawn.map((o) => ({ x: periodTime(o.period), y: o.value })),
    maxPoints,
    (i) => drawn[i]!.status === "provisional" || stretches[i] !== stretches[i - 1] || stretches[i] !== stretches[i + 1],
  );
  for (const i of kept) {
    const o = drawn[i]!;
    Object.assign(row(o.period), valueFields(o), { actual: o.value, segment: stretches[i] });
  }
  for (const o of values) {
    if (!drawn.includes(o)) Object.assign(row(o.period), valueFields(o), { other: o.value });
  }
  for (const t of detail.targetPath?.targets ?? []) {
    if (t.value === null) continue;
    if ((t.kind as string) === "indicative")
      Object.assign(row(t.period), { indicative: t.value, indicativeSource: t.source });
    else Object.assign(row(t.period), { target: t.value, targetSource: t.source });
  }
  for (const b of datedBenchmarks(detail)) {
    const r = row(b.period);
    r.benchmarks = { ...r.benchmarks, [b.entity]: b.value };
  }
  const last = own.at(-1) ?? values.at(-1);
  const forecastPath = detail.forecast?.path ?? [];
  // The forecast starts at the latest value so the dotted line continues the actual one.
  if (last && forecastPath.length > 0)
    Object.assign(row(last.period), { forecast: last.value, forecastBand: [last.value, last.value] });
  for (const f of forecastPath) Object.assign(row(f.period), { forecast: f.value, forecastBand: [f.low, f.high] });
  return [...rows.values()].sort((a, b) => a.t - b.t);
}

function valueFields(o: ChartValue) {
  return {
    provisional: o.status === "provisional",
    valueStatus: o.status,
    source: o.source,
    sourceUrl: o.sourceUrl,
    ...(o.breakInSeries ? { breakInSeries: true } : {}),
  };
}

/** Benchmarks of the selected series that have a value and a year; the others are a note. */
export const datedBenchmarks = (detail: KpiDetail) =>
  detail.benchmarks
    .filter((b) => b.series === detail.selectedSeries && b.value !== null && b.period !== null && isPeriod(b.period))
    .map((b) => ({ ...b, period: b.period!, value: b.value }));

/** Benchmarks without a year: they cannot sit on a time axis, so they are listed under it. */
export const yearlessBenchmarks = (detail: KpiDetail) =>
  detail.benchmarks.filter(
    (b) => b.series === detail.selectedSeries && b.value !== null && (b.period === null || !isPeriod(b.period)),
  );

function isPeriod(key: string): boolean {
  try {
    parsePeriod(key);
    return true;
  } catch {
    return false;
  }
}

/** Annotations placed on the time axis. */
export const toAnnotationMarks = (detail: KpiDetail): AnnotationMark[] =>
  detail.annotations.map((a) => ({ t: dateTime(a.date), date: a.date, title: a.title }));
