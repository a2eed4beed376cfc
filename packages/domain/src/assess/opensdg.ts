import { periodTime } from "../periods.js";
import { pathPoints } from "../target-path.js";
import { meets, type Prepared } from "./prepare.js";
import * as summary from "./summary.js";
import type { AssessInput, MethodResult, Status } from "./types.js";

/** Open SDG / Statistics Canada growth-ratio method, as published in open-sdg's
 *  docs/progress-methodology.md and sdg-build's IndicatorProgress (reference/status-methods.md). */
export function assessOpenSdg(input: AssessInput, prepared: Prepared, ctx: summary.SummaryContext): MethodResult {
  const { observations, latest, thresholds } = prepared;
  const base = { method: "opensdg" as const, latest };
  if (!latest) return { ...base, status: "NO_DATA", components: {}, summary: summary.noData(ctx, "none") };
  const d = input.direction === "lower_is_better" ? -1 : 1;
  const points = input.targetPath ? pathPoints(input.targetPath) : { targets: [] };
  const finalTarget = points.targets.at(-1);
  const target = finalTarget && { period: finalTarget.period, value: finalTarget.value, source: finalTarget.source };
  // sdg-build: a target already met is achieved (score 5) whatever the number of points.
  if (target && meets(latest.value, target.value, d)) {
    return {
      ...base,
      target,
      score: 5,
      label: "target_achieved",
      status: "ACHIEVED",
      components: { latestValue: latest.value, targetValue: target.value, targetTime: finalTarget.time },
      summary: summary.achieved({ ...ctx, target }),
    };
  }
  // sdg-build: the base is the baseline year when observed, else the next observed year.
  const baselineTime = points.baseline?.time;
  const baseObs =
    baselineTime === undefined
      ? observations[0]!
      : observations.find((o) => periodTime(o.period) >= baselineTime - 1e-9);
  if (!baseObs || baseObs === latest) {
    return {
      ...base,
      ...(target ? { target } : {}),
      status: "NO_DATA",
      components: { points: observations.length },
      summary: summary.noData(ctx, "tooFew"),
    };
  }
  const y0raw = baseObs.value;
  const yt = latest.value;
  // sdg-build replaces a zero base (never the latest value) by 0.001, then refuses a base and a
  // latest value of opposite signs: not available.
  const y0 = y0raw === 0 ? 0.001 : y0raw;
  if ((y0 > 0 && yt < 0) || (y0 < 0 && yt > 0)) {
    return { ...base, status: "NO_DATA", components: { signChange: 1 }, summary: summary.noData(ctx, "tooFew") };
  }
  const sign = y0raw < 0 ? -1 : 1;
  const t0 = periodTime(baseObs.period);
  const t = periodTime(latest.period);
  const cagrObserved = Math.pow(yt / y0, 1 / (t - t0)) - 1;
  const components: Record<string, number> = {
    baseValue: y0raw,
    baseTime: t0,
    latestValue: yt,
    latestTime: t,
    cagrObserved,
    direction: d,
  };

  if (finalTarget && target) {
    const yT = finalTarget.value === 0 ? 0.001 : finalTarget.value;
    const withTarget = { ...ctx, target };
    const T = finalTarget.time;
    if (T <= t0) {
      // The target date precedes the base: no growth can be required any more.
      Object.assign(components, { targetValue: finalTarget.value, targetTime: T });
      return { ...base, target, status: "NOT_ACHIEVED", components, summary: summary.notAchieved(withTarget) };
    }
    const cagrRequired = Math.pow(Math.abs(yT) / Math.abs(y0), 1 / (T - t0)) - 1;
    const ratio = cagrRequired === 0 ? 0 : (sign * d * cagrObserved) / Math.abs(cagrRequired);
    Object.assign(components, { targetValue: finalTarget.value, targetTime: T, cagrRequired, ratio });
    const score = openSdgScore(ratio);
    const label = classify(ratio, thresholds.opensdgHigh, thresholds.opensdgMedium, thresholds.opensdgLow);
    components["score"] = score;
    return {
      ...base,
      target,
      ratio,
      score,
      label,
      status: toStatus(label),
      components,
      summary: summary.opensdg(withTarget, label, ratio, true),
    };
  }

  // Method 1, no target: the observed growth in the desired direction, thresholds scaled by
  // the limit factor C when the indicator has a natural limit.
  const progress = sign * d * cagrObserved;
  const C = input.limit === undefined ? 1 : limitFactor(Math.abs(y0), Math.abs(input.limit));
  const high = thresholds.opensdgGrowthHigh * C;
  const medium = thresholds.opensdgGrowthMedium * C;
  const low = thresholds.opensdgGrowthLow * C;
  const label = classify(progress, high, medium, low);
  const score =
    progress < low
      ? Math.max(125 * progress - 2.5, -5)
      : C === 0
        ? 5
        : progress >= high
          ? Math.min((500 * progress) / C - 5, 5)
          : progress >= medium
            ? (250 * progress) / C - 1.25
            : (500 * progress) / C - 2.5;
  Object.assign(components, { progress, limitFactor: C, score });
  return {
    ...base,
    score,
    label,
    status: toStatus(label),
    components,
    summary: summary.opensdg(ctx, label, progress, false),
  };
}

function classify(p: number, high: number, medium: number, low: number): summary.OpensdgLabel {
  if (p >= high) return "substantial_progress";
  if (p >= medium) return "moderate_progress";
  if (p >= low) return "limited_progress";
  return "deterioration";
}

function toStatus(label: string): Status {
  return label === "substantial_progress" ? "ON_TRACK" : label === "moderate_progress" ? "AT_RISK" : "OFF_TRACK";
}

/** Scaling factor C of Open SDG method 1 (a = 4.44). */
export function limitFactor(y0: number, limit: number): number {
  const a = 4.44;
  if (y0 >= 2 * limit) return 1;
  if (y0 <= limit) return 1 - Math.pow(y0 / limit, a);
  return 1 - Math.pow((2 * limit - y0) / limit, a);
}

/** Open SDG method 2 score for a ratio R (0 at 0.6, 2.5 at 0.95, 5 at 1.3). */
export function openSdgScore(ratio: number): number {
  return ratio >= 0.6 ? Math.min(7.1429 * ratio - 4.2857, 5) : Math.max(4.1667 * ratio - 2.5, -5);
}
