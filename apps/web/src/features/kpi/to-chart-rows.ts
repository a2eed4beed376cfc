import type { KpiDetail } from "@boordtabel/api";
import { dateTime, decimate, parsePeriod, periodTime } from "@boordtabel/domain";

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
  planned?: number;
  band?: [number, number];
  forecast?: number;
  forecastBand?: [number, number];
  target?: number;
  targetSource?: string;
}

export interface AnnotationMark {
  t: number;
  date: string;
  title: KpiDetail["annotations"][number]["title"];
}

/** The rows the chart draws, one per period on a numeric time axis. When the actual series has
 *  more points than the chart has room for (`maxPoints`), it is thinned with LTTB, keeping the
 *  shape, the provisional values and the last value; the table always shows every value. */
export function toChartRows(detail: KpiDetail, maxPoints = Number.POSITIVE_INFINITY): ChartRow[] {
  const rows = new Map<string, ChartRow>();
  const row = (period: string): ChartRow =>
    rows.get(period) ?? rows.set(period, { period, t: periodTime(period) }).get(period)!;
  for (const p of detail.planned) Object.assign(row(p.period), { planned: p.planned, band: [p.low, p.high] });
  const frequency = detail.kpi.frequency.toUpperCase();
  const own = detail.observations.filter((o) => parsePeriod(o.period).frequency === frequency);
  const drawn = own.length > 0 ? own : detail.observations;
  const kept = decimate(
    drawn.map((o) => ({ x: periodTime(o.period), y: o.value })),
    maxPoints,
    (i) => drawn[i]!.status === "provisional",
  );
  for (const i of kept) {
    const o = drawn[i]!;
    Object.assign(row(o.period), valueFields(o), { actual: o.value });
  }
  for (const o of detail.observations) {
    if (!drawn.includes(o)) Object.assign(row(o.period), valueFields(o), { other: o.value });
  }
  for (const t of detail.targetPath?.targets ?? []) {
    if (t.value !== null) Object.assign(row(t.period), { target: t.value, targetSource: t.source });
  }
  const last = own.at(-1) ?? detail.observations.at(-1);
  const forecastPath = detail.forecast?.path ?? [];
  // The forecast starts at the latest value so the dotted line continues the actual one.
  if (last && forecastPath.length > 0)
    Object.assign(row(last.period), { forecast: last.value, forecastBand: [last.value, last.value] });
  for (const f of forecastPath) Object.assign(row(f.period), { forecast: f.value, forecastBand: [f.low, f.high] });
  return [...rows.values()].sort((a, b) => a.t - b.t);
}

function valueFields(o: KpiDetail["observations"][number]) {
  return { provisional: o.status === "provisional", valueStatus: o.status, source: o.source };
}

/** Annotations placed on the time axis. */
export const toAnnotationMarks = (detail: KpiDetail): AnnotationMark[] =>
  detail.annotations.map((a) => ({ t: dateTime(a.date), date: a.date, title: a.title }));
