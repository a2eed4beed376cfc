import { forecast, MIN_FORECAST_POINTS } from "../forecast.js";
import { message } from "../messages/index.js";
import { formatPeriod, parsePeriod, periodTime, type Locale } from "../periods.js";
import { DEFAULT_PUBLICATION_LAG, dueDate, shiftPeriod, staleness } from "../staleness.js";
import { pathPoints } from "../target-path.js";
import { meets, type Prepared } from "./prepare.js";
import { value, type SummaryContext } from "./summary.js";
import type { AssessInput, Assessment, MethodResult, PastTarget, TrendCheck } from "./types.js";

/** SPEC §2 honesty rules, the same for every method: past targets get their own verdict, an old
 *  or provisional latest value says so, and a trend that contradicts the status is stated. */
export function withHonesty(
  input: AssessInput,
  prepared: Prepared,
  ctx: SummaryContext,
  result: MethodResult,
): Assessment {
  const pastTargets = judgePastTargets(input, prepared);
  const latest = prepared.latest;
  const { stale, expectedLatestPeriod } =
    input.today === undefined
      ? { stale: false, expectedLatestPeriod: null }
      : staleness({
          today: input.today,
          ...(latest ? { latestPeriod: latest.period } : {}),
          ...(input.frequency ? { frequency: input.frequency } : {}),
          publicationLagMonths: input.publicationLagMonths ?? null,
          ...(input.reportingInterval ? { reportingInterval: input.reportingInterval } : {}),
        });
  const provisional = latest !== undefined && prepared.observations.at(-1)?.provisional === true;
  const trend = checkTrend(input, prepared, result);
  const notes = (l: Locale) =>
    [
      pastTargetSentence(pastTargets, result, ctx, l),
      trend?.disagrees ? trendSentence(trend, result.method, ctx, l) : "",
      latest && (stale || provisional) ? ageSentence(latest.period, expectedLatestPeriod, stale, provisional, l) : "",
    ].filter(Boolean);
  const summary = {
    nl: [result.summary.nl, ...notes("nl")].join(" "),
    en: [result.summary.en, ...notes("en")].join(" "),
  };
  const validUntil = input.today === undefined ? undefined : nextChange(input, expectedLatestPeriod);
  return {
    ...result,
    summary,
    pastTargets,
    stale,
    expectedLatestPeriod,
    provisional,
    ...(trend ? { trend } : {}),
    ...(validUntil ? { validUntil } : {}),
  };
}

/** The first day after `today` on which a target period has ended or a further period is due. */
function nextChange(input: AssessInput, expected: string | null): string | undefined {
  const today = input.today!;
  const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const candidates: string[] = [];
  if (input.targetPath) {
    for (const t of pathPoints(input.targetPath).targets) {
      const from = dayAfter(parsePeriod(t.period).end.toISOString().slice(0, 10));
      if (from > today) candidates.push(from);
    }
  }
  if (expected) {
    const frequency = input.frequency ?? parsePeriod(expected).frequency;
    const lag = input.publicationLagMonths ?? DEFAULT_PUBLICATION_LAG[frequency];
    const due = dueDate(shiftPeriod(expected, Math.max(1, Math.floor(input.reportingInterval ?? 1))), lag);
    if (due > today) candidates.push(due);
  }
  return candidates.sort()[0];
}

/** Every official target whose period has ended (by `today`, or else by the latest value). */
export function judgePastTargets(input: AssessInput, prepared: Prepared): PastTarget[] {
  if (!input.targetPath) return [];
  const { targets } = pathPoints(input.targetPath);
  const latest = prepared.latest;
  const passed = (period: string): boolean => {
    const end = parsePeriod(period).end.toISOString().slice(0, 10);
    if (input.today !== undefined) return end < input.today;
    return latest !== undefined && parsePeriod(latest.period).end.toISOString().slice(0, 10) >= end;
  };
  return targets
    .filter((t) => passed(t.period))
    .map((t) => {
      const actual = prepared.observations.find((o) => o.period === t.period)?.value ?? null;
      return {
        period: t.period,
        target: t.value,
        ...(t.source ? { source: t.source } : {}),
        kind: t.kind === "milestone" ? "milestone" : "target",
        actual,
        achieved: actual === null ? null : meets(actual, t.value, prepared.sign),
      };
    });
}

function checkTrend(input: AssessInput, prepared: Prepared, result: MethodResult): TrendCheck | undefined {
  const final = input.targetPath ? pathPoints(input.targetPath).targets.at(-1) : undefined;
  const latest = prepared.latest;
  if (!final || !latest || prepared.observations.length < MIN_FORECAST_POINTS) return undefined;
  if (periodTime(latest.period) >= final.time) return undefined;
  const projection = forecast({
    observations: prepared.observations,
    direction: input.direction,
    target: { period: final.period, value: final.value },
  });
  if (!projection?.projectedAtTarget) return undefined;
  const reachesTarget = meets(projection.projectedAtTarget.value, final.value, prepared.sign);
  const behind = result.status === "AT_RISK" || result.status === "OFF_TRACK";
  return {
    projected: projection.projectedAtTarget.value,
    targetPeriod: final.period,
    targetValue: final.value,
    reachedIn: projection.reachedIn ?? null,
    reachesTarget,
    disagrees: (reachesTarget && behind) || (!reachesTarget && result.status === "ON_TRACK"),
  };
}

function targetName(period: string, source: string | undefined, l: Locale): string {
  if (!source) return message(l, "assess.pastTarget.name", { period: formatPeriod(period, l) });
  return source.includes(period.slice(0, 4)) ? source : `${source}, ${formatPeriod(period, l)}`;
}

function pastTargetSentence(past: PastTarget[], result: MethodResult, ctx: SummaryContext, l: Locale): string {
  // A NOT_ACHIEVED sentence already speaks of its own target.
  const shown = past.filter((p) => !(result.status === "NOT_ACHIEVED" && p.period === result.target?.period));
  return shown
    .map((p) => {
      const params = {
        name: targetName(p.period, p.source, l),
        target: value({ ...ctx, decimals: Number.isInteger(p.target) ? 0 : ctx.decimals }, p.target, l),
      };
      if (p.achieved === null) return message(l, "assess.pastTarget.notMeasured", params);
      const actual = value(ctx, p.actual!, l);
      return message(l, p.achieved ? "assess.pastTarget.met" : "assess.pastTarget.notMet", { ...params, actual });
    })
    .join(" ");
}

function trendSentence(trend: TrendCheck, method: string, ctx: SummaryContext, l: Locale): string {
  const target = value(
    { ...ctx, decimals: Number.isInteger(trend.targetValue) ? 0 : ctx.decimals },
    trend.targetValue,
    l,
  );
  const when = formatPeriod(trend.targetPeriod, l);
  if (trend.reachesTarget) {
    const year = trend.reachedIn ?? when;
    const key = method === "trajectory" ? "assess.trend.belowPathButReaches" : "assess.trend.reaches";
    return message(l, key, { target, year });
  }
  return message(l, "assess.trend.fallsShort", { target, when, projected: value(ctx, trend.projected, l) });
}

function ageSentence(latest: string, expected: string | null, stale: boolean, provisional: boolean, l: Locale): string {
  const last = formatPeriod(latest, l);
  if (stale && expected) {
    const key = provisional ? "assess.age.staleProvisional" : "assess.age.stale";
    return message(l, key, { last, expected: formatPeriod(expected, l) });
  }
  return message(l, "assess.age.provisional", { last });
}
