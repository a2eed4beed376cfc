import type { Unit } from "../format.js";
import type { PeriodFrequency } from "../periods.js";
import type { PeriodValue, TargetKind, TargetPathInput } from "../target-path.js";

export const STATUSES = [
  "ACHIEVED",
  "ON_TRACK",
  "AT_RISK",
  "OFF_TRACK",
  "NOT_ACHIEVED",
  "INSUFFICIENT_DATA",
  "NO_DATA",
  "NO_TARGET",
] as const;
export type Status = (typeof STATUSES)[number];

/** The statuses that judge progress; the others say why there is no judgement. */
export const PROGRESS_VERDICTS = ["ACHIEVED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "NOT_ACHIEVED"] as const;
export const isProgressVerdict = (status: Status): boolean => (PROGRESS_VERDICTS as readonly Status[]).includes(status);
export type Direction = "higher_is_better" | "lower_is_better";
export type Method = "trajectory" | "opensdg" | "unsd";

export interface Thresholds {
  /** trajectory: ratio of actual to expected progress */
  onTrack: number;
  atRisk: number;
  /** Open SDG with a target: observed / required growth */
  opensdgHigh: number;
  opensdgMedium: number;
  opensdgLow: number;
  /** Open SDG without a target: observed growth rate (CAGR) */
  opensdgGrowthHigh: number;
  opensdgGrowthMedium: number;
  opensdgGrowthLow: number;
  /** UN SDG progress chart: share of the required distance covered by 2030 (rho) */
  unsdOnTrack: number;
  unsdFair: number;
  /** UN SDG progress chart without a target: CAGR */
  unsdGrowthOnTrack: number;
  unsdGrowthFair: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  onTrack: 0.95,
  atRisk: 0.75,
  opensdgHigh: 0.95,
  opensdgMedium: 0.6,
  opensdgLow: 0,
  opensdgGrowthHigh: 0.015,
  opensdgGrowthMedium: 0.005,
  opensdgGrowthLow: 0,
  unsdOnTrack: 0.95,
  unsdFair: 0.1,
  unsdGrowthOnTrack: 0.02,
  unsdGrowthFair: 0.005,
};

export interface ObservationInput extends PeriodValue {
  /** A provisional value is said to be one. */
  provisional?: boolean;
}

export interface AssessInput {
  direction: Direction;
  observations: ObservationInput[];
  targetPath?: TargetPathInput;
  method?: Method;
  /** Assess with the data up to and including this period. */
  asOf?: string;
  thresholds?: Partial<Thresholds>;
  /** For the summary sentence; plain numbers when absent. */
  unit?: Unit;
  decimals?: number;
  /** Open SDG method 1 (no target): a natural limit of the indicator, scaling the thresholds. */
  limit?: number;
  /** The day of the assessment (ISO date): past targets and staleness are judged against it. */
  today?: string;
  /** Months after a period's end until its figure is published (default by frequency). */
  publicationLagMonths?: number | null;
  /** The series' own frequency; taken from its values when absent. */
  frequency?: PeriodFrequency;
  /** Periods between two releases (a survey every four years: 4). */
  reportingInterval?: number;
}

/** The verdict on one official target whose period has passed. */
export interface PastTarget {
  period: string;
  target: number;
  source?: string;
  kind: Exclude<TargetKind, "indicative">;
  /** The value of that very period; null when it was not measured. */
  actual: number | null;
  achieved: boolean | null;
}

/** Where the trend (a linear forecast from at least four values) takes the series by the final
 *  target's date, and whether that agrees with the status. */
export interface TrendCheck {
  projected: number;
  targetPeriod: string;
  targetValue: number;
  /** The year the trend meets the target; null when it does not within a century. */
  reachedIn: string | null;
  reachesTarget: boolean;
  /** The status and the trend tell different stories. */
  disagrees: boolean;
}

export interface Assessment {
  status: Status;
  method: Method;
  /** The method's own name for the result, e.g. "moderate_progress" (Open SDG). */
  label?: string;
  ratio?: number;
  score?: number;
  plannedValue?: number;
  latest?: PeriodValue;
  target?: PeriodValue & { source?: string };
  /** Every number that produced the status. */
  components: Record<string, number>;
  summary: { nl: string; en: string };
  /** Every official target whose period has passed, with its own verdict. */
  pastTargets: PastTarget[];
  /** The latest value is older than the last period that should have been published by `today`. */
  stale: boolean;
  expectedLatestPeriod: string | null;
  /** The latest value is provisional. */
  provisional: boolean;
  trend?: TrendCheck;
  /** With `today`: the first day on which the passing of time alone (a target period ending, a
   *  further period falling due) changes this assessment; a stored verdict is recomputed then. */
  validUntil?: string;
}

/** What a status method returns; the honesty fields are added for every method alike. */
export type MethodResult = Omit<
  Assessment,
  "pastTargets" | "stale" | "expectedLatestPeriod" | "provisional" | "trend" | "validUntil"
>;
