import { DomainError } from "./errors.js";
import { comparePeriods, periodTime, yearAt } from "./periods.js";
import type { PeriodValue } from "./target-path.js";

/** A forecast needs at least four values of the series' frequency (SPEC §2): two or three
 *  points make a line, not a trend. */
export const MIN_FORECAST_POINTS = 4;

export interface TrendOptions {
  /** Use the last N observations (default 5). */
  lastN?: number;
  /** Weight recent points more (weights 1, 2, …, n), as ESCAP's anticipated-progress index does. */
  timeWeighted?: boolean;
}

export interface LinearTrend {
  slope: number;
  intercept: number;
  /** Standard error of the residuals (0 with two points). */
  residualError: number;
  points: number;
  meanTime: number;
  sxx: number;
}

function recent(observations: readonly PeriodValue[], lastN: number): { time: number; value: number }[] {
  return [...observations]
    .sort((a, b) => comparePeriods(a.period, b.period))
    .slice(-Math.max(2, lastN))
    .map((o) => ({ time: periodTime(o.period), value: o.value }));
}

/** Weighted least squares line through the last N observations. Weights are scaled to a mean
 *  of 1, so that unweighted and time-weighted fits share one error formula. */
export function linearTrend(observations: readonly PeriodValue[], options: TrendOptions = {}): LinearTrend | undefined {
  const points = recent(observations, options.lastN ?? 5);
  const n = points.length;
  if (n < 2) return undefined;
  const raw = points.map((_, i) => (options.timeWeighted ? i + 1 : 1));
  const total = raw.reduce((a, b) => a + b, 0);
  const weights = raw.map((w) => (w * n) / total);
  const sum = (f: (p: { time: number; value: number }, w: number) => number) =>
    points.reduce((s, p, i) => s + f(p, weights[i]!), 0);
  const meanTime = sum((p, w) => w * p.time) / n;
  const meanValue = sum((p, w) => w * p.value) / n;
  const sxx = sum((p, w) => w * (p.time - meanTime) ** 2);
  if (sxx === 0) return undefined;
  const slope = sum((p, w) => w * (p.time - meanTime) * (p.value - meanValue)) / sxx;
  const intercept = meanValue - slope * meanTime;
  const sse = sum((p, w) => w * (p.value - (intercept + slope * p.time)) ** 2);
  const residualError = n > 2 ? Math.sqrt(sse / (n - 2)) : 0;
  return { slope, intercept, residualError, points: n, meanTime, sxx };
}

/** Value of the trend at a time, with a 95 % prediction band from the residual error. */
export function projectTrend(trend: LinearTrend, time: number): { value: number; low: number; high: number } {
  const value = trend.intercept + trend.slope * time;
  const spread =
    1.96 * trend.residualError * Math.sqrt(1 + 1 / trend.points + (time - trend.meanTime) ** 2 / trend.sxx);
  return { value, low: value - spread, high: value + spread };
}

export interface ForecastInput extends TrendOptions {
  observations: readonly PeriodValue[];
  target?: PeriodValue;
  direction: "higher_is_better" | "lower_is_better";
  method?: "linear" | "growth";
}

export interface Forecast {
  method: "linear" | "growth";
  latest: PeriodValue;
  /** Observed change per year (linear: slope; growth: compound rate applied to the latest value). */
  observedPacePerYear: number;
  growthRate?: number;
  /** Change per year needed from the latest value to reach the target in time. */
  requiredPacePerYear?: number;
  projectedAtTarget?: { period: string; value: number; low: number; high: number };
  /** The year in which the trend reaches the target; null when it does not on the current trend. */
  reachedIn?: string | null;
  /** Yearly points from the latest value to the target year, for charts. */
  path: { period: string; value: number; low: number; high: number }[];
}

/** Linear trend (least squares) or constant growth, projected to the target period, with the
 *  pace required from now compared with the pace observed. */
export function forecast(input: ForecastInput): Forecast | undefined {
  const sorted = [...input.observations].sort((a, b) => comparePeriods(a.period, b.period));
  const latest = sorted.at(-1);
  if (sorted.length < MIN_FORECAST_POINTS) return undefined;
  const trend = linearTrend(sorted, input);
  if (!latest || !trend) return undefined;
  const method = input.method ?? "linear";
  const tLatest = periodTime(latest.period);
  const sign = input.direction === "lower_is_better" ? -1 : 1;
  const first = recent(sorted, input.lastN ?? 5)[0]!;
  const growthRate =
    method === "growth"
      ? first.value > 0 && latest.value > 0
        ? Math.pow(latest.value / first.value, 1 / (tLatest - first.time)) - 1
        : undefined
      : undefined;
  if (method === "growth" && growthRate === undefined) {
    throw new DomainError("BAD_INPUT", "forecast.growthNeedsPositiveValues");
  }
  const at = (time: number) => {
    if (method === "linear") return projectTrend(trend, time);
    const value = latest.value * Math.pow(1 + growthRate!, time - tLatest);
    const relative = projectTrend(trend, time);
    const spread = (relative.high - relative.low) / 2;
    return { value, low: value - spread, high: value + spread };
  };
  const observedPacePerYear = method === "linear" ? trend.slope : latest.value * growthRate!;
  const result: Forecast = {
    method,
    latest,
    observedPacePerYear,
    ...(growthRate !== undefined ? { growthRate } : {}),
    path: [],
  };
  const targetTime = input.target ? periodTime(input.target.period) : tLatest + 5;
  for (let year = Math.floor(tLatest) + 1; year + 0.5 <= targetTime + 1e-9; year++) {
    result.path.push({ period: String(year), ...at(year + 0.5) });
  }
  if (input.target) {
    const years = targetTime - tLatest;
    result.requiredPacePerYear = years > 0 ? (input.target.value - latest.value) / years : undefined;
    result.projectedAtTarget = { period: input.target.period, ...at(targetTime) };
    result.reachedIn = reachYear(input.target.value, latest, tLatest, sign, (time) => at(time).value);
  }
  return result;
}

/** The first year (within a century) whose projected value meets the target. */
function reachYear(
  target: number,
  latest: PeriodValue,
  tLatest: number,
  sign: 1 | -1,
  valueAt: (t: number) => number,
): string | null {
  if (sign * (latest.value - target) >= 0) return yearAt(tLatest);
  for (let year = Math.floor(tLatest) + 1; year <= Math.floor(tLatest) + 100; year++) {
    if (sign * (valueAt(year + 0.5) - target) >= 0) return String(year);
  }
  return null;
}
