import type { Unit } from "../format.js";
import type { PeriodValue, TargetPathInput } from "../target-path.js";

export const STATUSES = [
  "ACHIEVED",
  "ON_TRACK",
  "AT_RISK",
  "OFF_TRACK",
  "NOT_ACHIEVED",
  "NO_DATA",
  "NO_TARGET",
] as const;
export type Status = (typeof STATUSES)[number];
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

export interface AssessInput {
  direction: Direction;
  observations: PeriodValue[];
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
}
