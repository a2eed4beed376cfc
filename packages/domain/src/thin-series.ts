import { decimate } from "./decimate.js";
import { periodFacts, periodTime } from "./periods.js";

/** The most points of one series the KPI chart is sent: about one per 3 pixels of a chart on a
 *  1366-pixel screen. The chart cannot show more; the table loads every value on its own. */
export const CHART_MAX_POINTS = 240;

/** The latest values always sent whole: the forecast's window (5), the outlier rule's (8), the
 *  board pack's recent values (8) and the printed table (12) all read them. */
export const CHART_TAIL_POINTS = 12;

/**
 * Thins a series to at most `maxPoints` indices (ascending), keeping its shape with LTTB.
 * Always kept: the first and last points and every point `keep` marks. The marked points take
 * their slots first, LTTB fills what is left, so the count is at most
 * max(maxPoints, number of marked points + 2). A series of at most `maxPoints` points is kept whole.
 */
export function thinSeries<T extends { x: number; y: number }>(
  points: readonly T[],
  maxPoints: number,
  keep: (index: number) => boolean = () => false,
): number[] {
  const n = points.length;
  if (n <= maxPoints) return points.map((_, i) => i);
  const required = new Set<number>([0, n - 1]);
  for (let i = 1; i < n - 1; i++) if (keep(i)) required.add(i);
  const free = maxPoints - required.size;
  // LTTB's own first and last points are already required, so it may add `free` points.
  const shape = free >= 1 ? decimate([...points], free + 2) : [];
  return [...new Set([...required, ...shape])].sort((a, b) => a - b);
}

/** Years per period of each frequency, to see when a period is missing between two values. */
const STEP: Record<string, number> = { YEAR: 1, SCHOOL_YEAR: 1, QUARTER: 0.25, MONTH: 1 / 12 };

/**
 * The stretch each value of a series belongs to (0, 1, 2 …): a missing period or a break in the
 * series starts a new one, so the chart shows a gap instead of bridging it. A survey every three
 * years (`reportingInterval` 3) is not missing the two years between. Judged on the whole series,
 * so a thinned chart still knows which of its gaps are real.
 */
export function seriesStretches(values: readonly { period: string; breakInSeries?: boolean }[], reportingInterval = 1) {
  let stretch = 0;
  return values.map((v, i) => {
    const previous = values[i - 1];
    if (previous) {
      const step = (STEP[periodFacts(previous.period).frequency] ?? 1) * Math.max(1, reportingInterval);
      if (v.breakInSeries || periodTime(v.period) - periodTime(previous.period) > step * 1.5) stretch += 1;
    }
    return stretch;
  });
}

/** What the chart marks besides the line: the periods with a target, a baseline or a benchmark,
 *  and the dates of annotations (the value of the period that holds each one is kept). */
export interface ChartMarks {
  periods: readonly string[];
  annotationDates: readonly string[];
}

/**
 * The indices of a series (oldest first) the chart is sent: the shape of the line within
 * `maxPoints`, and always the first and latest values, the last `CHART_TAIL_POINTS`, provisional
 * values (drawn hollow), both ends of every stretch (a gap or break stays where it is), and the
 * values at a marked period or annotation.
 */
export function chartIndices(
  values: readonly { period: string; value: number; status: string; breakInSeries?: boolean }[],
  stretches: readonly number[],
  marks: ChartMarks,
  maxPoints = CHART_MAX_POINTS,
): number[] {
  const marked = new Set(marks.periods);
  const dates = marks.annotationDates.map((d) => new Date(`${d}T00:00:00Z`).getTime());
  const annotated = (period: string) => {
    if (dates.length === 0) return false;
    const { start, end } = periodFacts(period);
    return dates.some((d) => d >= start && d <= end);
  };
  const n = values.length;
  const points = values.map((v) => ({ x: periodTime(v.period), y: v.value }));
  return thinSeries(points, maxPoints, (i) => {
    const v = values[i]!;
    return (
      i >= n - CHART_TAIL_POINTS ||
      v.status === "provisional" ||
      stretches[i] !== stretches[i - 1] ||
      stretches[i] !== stretches[i + 1] ||
      marked.has(v.period) ||
      annotated(v.period)
    );
  });
}
