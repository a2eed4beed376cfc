import { periodTime } from "../periods.js";
import { expectedShare, pathPoints, type PathPoint } from "../target-path.js";
import { meets, type Prepared } from "./prepare.js";
import * as summary from "./summary.js";
import type { AssessInput, MethodResult } from "./types.js";

/** SPEC §2 trajectory method: cumulative progress from the baseline against the progress the
 *  official path plans at the latest measured period. Indicative points never count. */
export function assessTrajectory(input: AssessInput, prepared: Prepared, ctx: summary.SummaryContext): MethodResult {
  const { latest, sign, thresholds, observations } = prepared;
  const base = { method: "trajectory" as const, latest };
  if (!latest) return { ...base, status: "NO_DATA", components: {}, summary: summary.noData(ctx, "none") };
  const points = input.targetPath ? pathPoints(input.targetPath) : { targets: [] as PathPoint[] };
  const final = points.targets.at(-1);
  if (!input.targetPath || !final) {
    return { ...base, status: "NO_TARGET", components: { latest: latest.value }, summary: summary.noTarget(ctx) };
  }
  const t = periodTime(latest.period);
  const first = observations[0]!;
  const start = points.baseline ?? { ...first, time: periodTime(first.period) };
  const target = { period: final.period, value: final.value, source: final.source };
  const withTarget = { ...ctx, target };
  const components: Record<string, number> = {
    startValue: start.value,
    startTime: start.time,
    targetValue: final.value,
    targetTime: final.time,
    latestValue: latest.value,
    latestTime: t,
    gapToTarget: latest.value - final.value,
  };
  const result = { ...base, target, components };
  if (meets(latest.value, final.value, sign)) {
    return { ...result, status: "ACHIEVED", summary: summary.achieved(withTarget) };
  }
  if (t >= final.time - 1e-9) {
    return { ...result, status: "NOT_ACHIEVED", summary: summary.notAchieved(withTarget) };
  }
  // One point is not a trend: progress needs a value after the baseline period.
  if (t <= start.time + 1e-9) {
    return { ...result, status: "INSUFFICIENT_DATA", summary: summary.insufficient(withTarget) };
  }
  const planned = plannedAt(start, points.targets, t, input.targetPath.interpolation);
  const actualChange = latest.value - start.value;
  const plannedChange = planned - start.value;
  // No improvement planned (a step path before its first target, a target that holds or even
  // lowers the level): a share of planned progress means nothing, so the value is on plan when
  // it is at or beyond the path in the good direction, and off it otherwise.
  const ratio =
    sign * plannedChange < 1e-12 ? (sign * (latest.value - planned) >= -1e-9 ? 1 : 0) : actualChange / plannedChange;
  const tolerance = input.targetPath.tolerance;
  Object.assign(components, {
    plannedValue: planned,
    gapToPlanned: latest.value - planned,
    actualChange,
    plannedChange,
    ratio,
    ...(tolerance !== undefined ? { tolerance } : {}),
  });
  const withinTolerance = tolerance !== undefined && Math.abs(latest.value - planned) <= tolerance + 1e-9;
  const status =
    ratio >= thresholds.onTrack || withinTolerance ? "ON_TRACK" : ratio >= thresholds.atRisk ? "AT_RISK" : "OFF_TRACK";
  return {
    ...result,
    ratio,
    plannedValue: planned,
    status,
    summary: summary.trajectory(withTarget, status, planned, ratio, withinTolerance && ratio < thresholds.onTrack),
  };
}

/** p(t) along the official path from the baseline through every target and milestone. */
function plannedAt(start: PathPoint, targets: PathPoint[], t: number, interpolation?: "linear" | "step"): number {
  let from = start;
  for (const [index, to] of targets.entries()) {
    if (t <= to.time + 1e-9) {
      return from.value + expectedShare({ start: from, end: to, index }, t, interpolation) * (to.value - from.value);
    }
    from = to;
  }
  return from.value;
}
