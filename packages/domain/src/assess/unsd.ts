import { periodTime } from "../periods.js";
import { pathPoints } from "../target-path.js";
import { cagr } from "./growth.js";
import { meets, type Prepared } from "./prepare.js";
import * as summary from "./summary.js";
import type { AssessInput, MethodResult, Status } from "./types.js";

const STATUS_BY_SCORE: Record<1 | 2 | 3, Status> = { 3: "ON_TRACK", 2: "AT_RISK", 1: "OFF_TRACK" };

/** UN SDG Progress Chart (UNSD technical note 2023, as applied by EUSTAT): the value projected
 *  to the target year at the observed growth rate, as a share rho of the required distance. */
export function assessUnsd(input: AssessInput, prepared: Prepared, ctx: summary.SummaryContext): MethodResult {
  const { thresholds } = prepared;
  const d = input.direction === "lower_is_better" ? -1 : 1;
  const finalTarget = input.targetPath ? pathPoints(input.targetPath).targets.at(-1) : undefined;
  // When the target year has passed, the assessment runs to that year.
  const untilTarget = finalTarget
    ? prepared.observations.filter((o) => periodTime(o.period) <= finalTarget.time + 1e-9)
    : prepared.observations;
  const observations = untilTarget.length > 0 ? untilTarget : prepared.observations;
  const latest = observations.at(-1);
  const base = { method: "unsd" as const, latest };
  if (!latest) return { ...base, status: "NO_DATA", components: {}, summary: summary.noData(ctx, "none") };
  const context = { ...ctx, latest };
  const first = observations.find((o) => o.period === input.targetPath?.baseline?.period) ?? observations[0]!;
  const target = finalTarget && { period: finalTarget.period, value: finalTarget.value, source: finalTarget.source };

  if (target) {
    const withinOnePoint =
      input.unit === "percent" &&
      (target.value === 0 || target.value === 100) &&
      Math.abs(latest.value - target.value) <= 1;
    if (meets(latest.value, target.value, d) || withinOnePoint) {
      return {
        ...base,
        target,
        score: 3,
        label: "achieved",
        status: "ACHIEVED",
        components: { latestValue: latest.value, targetValue: target.value },
        summary: summary.achieved({ ...context, target }),
      };
    }
  }
  if (target && finalTarget && untilTarget.length === 0) {
    // Every value is later than the target year and none meets it.
    return {
      ...base,
      target,
      status: "NOT_ACHIEVED",
      components: { latestValue: latest.value, targetValue: target.value },
      summary: summary.notAchieved({ ...context, target }),
    };
  }
  const t = periodTime(latest.period);
  const b = periodTime(first.period);
  const growth = observations.length >= 2 && first !== latest ? cagr(first.value, latest.value, t - b) : undefined;
  if (growth === undefined) {
    return {
      ...base,
      target,
      status: "NO_DATA",
      components: { points: observations.length },
      summary: summary.noData(ctx, "tooFew"),
    };
  }
  const components: Record<string, number> = {
    baseValue: first.value,
    baseTime: b,
    latestValue: latest.value,
    latestTime: t,
    cagr: growth,
  };

  if (target && finalTarget) {
    const projected = latest.value * Math.pow(1 + growth, finalTarget.time - t);
    const distance = target.value - first.value;
    const rho = distance === 0 ? 0 : (projected - first.value) / distance;
    const score = rho >= thresholds.unsdOnTrack ? 3 : rho >= thresholds.unsdFair ? 2 : 1;
    Object.assign(components, { targetValue: target.value, targetTime: finalTarget.time, projected, rho, score });
    return {
      ...base,
      target,
      ratio: rho,
      score,
      label: labelOf(score),
      status: STATUS_BY_SCORE[score],
      components,
      summary: summary.unsd({ ...context, target }, score, projected, rho, growth),
    };
  }
  const desired = d * growth;
  const score = desired >= thresholds.unsdGrowthOnTrack ? 3 : desired >= thresholds.unsdGrowthFair ? 2 : 1;
  Object.assign(components, { desiredGrowth: desired, score });
  return {
    ...base,
    score,
    label: labelOf(score),
    status: STATUS_BY_SCORE[score],
    components,
    summary: summary.unsd(context, score, undefined, undefined, desired),
  };
}

function labelOf(score: 1 | 2 | 3): string {
  return score === 3 ? "on_track" : score === 2 ? "fair_progress" : "stagnation_or_regression";
}
