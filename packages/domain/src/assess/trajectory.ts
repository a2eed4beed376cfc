import { periodTime } from "../periods.js";
import { activeSegment, expectedShare } from "../target-path.js";
import { meets, type Prepared } from "./prepare.js";
import * as summary from "./summary.js";
import type { AssessInput, Assessment } from "./types.js";

/** SPEC §2 trajectory method: progress within the active segment of the target path against
 *  the share of the segment's time that has elapsed at the latest measured period. */
export function assessTrajectory(input: AssessInput, prepared: Prepared, ctx: summary.SummaryContext): Assessment {
  const { latest, sign, thresholds, observations } = prepared;
  const base = { method: "trajectory" as const, latest };
  if (!latest) return { ...base, status: "NO_DATA", components: {}, summary: summary.noData(ctx, "none") };
  const path = input.targetPath;
  if (!path || path.targets.length === 0) {
    return { ...base, status: "NO_TARGET", components: { latest: latest.value }, summary: summary.noTarget(ctx) };
  }
  const t = periodTime(latest.period);
  const first = observations[0]!;
  const segment = activeSegment(path, t, { ...first, time: periodTime(first.period) });
  if (!segment) {
    return { ...base, status: "NO_TARGET", components: { latest: latest.value }, summary: summary.noTarget(ctx) };
  }
  const target = { period: segment.end.period, value: segment.end.value, source: segment.end.source };
  const withTarget = { ...ctx, target };
  const expected = expectedShare(segment, t, path.interpolation);
  const distance = segment.end.value - segment.start.value;
  const progress =
    distance === 0
      ? meets(latest.value, segment.end.value, sign)
        ? 1
        : 0
      : (latest.value - segment.start.value) / distance;
  const planned = segment.start.value + expected * distance;
  // Nothing is expected yet at the start of a segment (or before a step): on plan unless moving backwards.
  const ratio = expected > 0 ? progress / expected : progress >= 0 ? 1 : 0;
  const components = {
    startValue: segment.start.value,
    startTime: segment.start.time,
    targetValue: segment.end.value,
    targetTime: segment.end.time,
    latestValue: latest.value,
    latestTime: t,
    progress,
    expected,
    ratio,
    plannedValue: planned,
    gapToPlanned: latest.value - planned,
    gapToTarget: latest.value - segment.end.value,
    ...(path.tolerance !== undefined ? { tolerance: path.tolerance } : {}),
  };
  const result = { ...base, target, ratio, plannedValue: planned, components };
  if (meets(latest.value, segment.end.value, sign)) {
    return { ...result, status: "ACHIEVED", summary: summary.achieved(withTarget) };
  }
  if (t >= segment.end.time - 1e-9) {
    return { ...result, status: "NOT_ACHIEVED", summary: summary.notAchieved(withTarget) };
  }
  const withinTolerance = path.tolerance !== undefined && sign * (latest.value - planned) >= -path.tolerance;
  const status =
    ratio >= thresholds.onTrack || withinTolerance ? "ON_TRACK" : ratio >= thresholds.atRisk ? "AT_RISK" : "OFF_TRACK";
  return { ...result, status, summary: summary.trajectory(withTarget, status, planned, ratio) };
}
