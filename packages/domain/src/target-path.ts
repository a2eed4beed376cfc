import { DomainError } from "./errors.js";
import { comparePeriods, periodTime } from "./periods.js";

export interface PeriodValue {
  period: string;
  value: number;
}

/** `target` and `milestone` are official and shape the planned path; `indicative` points (a
 *  derived or unofficial reading) are drawn and explained but never judged against. */
export type TargetKind = "target" | "milestone" | "indicative";

export interface TargetPoint extends PeriodValue {
  source?: string;
  /** Default "target". */
  kind?: TargetKind;
}

export const isOfficial = (point: { kind?: TargetKind }): boolean => point.kind !== "indicative";

export interface TargetPathInput {
  baseline?: PeriodValue;
  targets: TargetPoint[];
  interpolation?: "linear" | "step";
  /** Half-width of the band around the planned path within which a value counts as on plan. */
  tolerance?: number;
}

export interface PathPoint extends TargetPoint {
  time: number;
}

export interface Segment {
  start: PathPoint;
  end: PathPoint;
  /** Position of the segment's end among the targets (0 = first target). */
  index: number;
}

/** Baseline (when given) and the official targets as points on the time axis, in time order;
 *  indicative points never shape the path. */
export function pathPoints(path: TargetPathInput): { baseline?: PathPoint; targets: PathPoint[] } {
  const targets = path.targets
    .filter(isOfficial)
    .sort((a, b) => comparePeriods(a.period, b.period))
    .map((t) => ({ ...t, time: periodTime(t.period) }));
  for (let i = 1; i < targets.length; i++) {
    if (targets[i]!.period === targets[i - 1]!.period) {
      throw new DomainError("BAD_INPUT", "target.duplicatePeriod", { period: targets[i]!.period });
    }
  }
  const baseline = path.baseline ? { ...path.baseline, time: periodTime(path.baseline.period) } : undefined;
  if (baseline && targets[0] && targets[0].time <= baseline.time) {
    throw new DomainError("BAD_INPUT", "target.beforeBaseline", { period: targets[0].period });
  }
  return { baseline, targets };
}

/** The segment that is active at `time`: from the previous point (baseline or target) to the
 *  first target that has not yet passed; after the last target, the last segment. */
export function activeSegment(path: TargetPathInput, time: number, fallbackStart?: PathPoint): Segment | undefined {
  return segmentAt(pathPoints(path), time, fallbackStart);
}

/** `activeSegment` for points already placed (`pathPoints`). */
function segmentAt(
  { baseline, targets }: ReturnType<typeof pathPoints>,
  time: number,
  fallbackStart?: PathPoint,
): Segment | undefined {
  if (targets.length === 0) return undefined;
  let index = targets.findIndex((t) => t.time >= time - 1e-9);
  if (index === -1) index = targets.length - 1;
  const start = index === 0 ? (baseline ?? fallbackStart) : targets[index - 1];
  if (!start) return undefined;
  return { start, end: targets[index]!, index };
}

/** The share of the segment's time elapsed at `time` (0..1); a step path expects nothing until
 *  the target date. */
export function expectedShare(segment: Segment, time: number, interpolation: "linear" | "step" = "linear"): number {
  const span = segment.end.time - segment.start.time;
  if (span <= 0) return 1;
  const share = Math.min(1, Math.max(0, (time - segment.start.time) / span));
  if (interpolation === "step") return share >= 1 ? 1 : 0;
  return share;
}

/** The planned value p(t) along the path; undefined before the path starts. */
export function plannedValue(path: TargetPathInput, period: string): number | undefined {
  return plannedAt(path, pathPoints(path), periodTime(period));
}

/** p(t) for points already placed (`pathPoints`), so a band of many periods places them once. */
function plannedAt(path: TargetPathInput, points: ReturnType<typeof pathPoints>, time: number): number | undefined {
  if (points.baseline && time < points.baseline.time) return undefined;
  const segment = segmentAt(points, time);
  if (!segment) return undefined;
  const share = expectedShare(segment, time, path.interpolation);
  return segment.start.value + share * (segment.end.value - segment.start.value);
}

/** The planned path with its tolerance band at the given periods, for charts. */
export function plannedBand(
  path: TargetPathInput,
  periods: string[],
): { period: string; planned: number; low: number; high: number }[] {
  const tolerance = path.tolerance ?? 0;
  const points = pathPoints(path);
  return periods.flatMap((period) => {
    const planned = plannedAt(path, points, periodTime(period));
    return planned === undefined ? [] : [{ period, planned, low: planned - tolerance, high: planned + tolerance }];
  });
}
