import { formatDifference, formatPercent, formatValue, type Unit } from "../format.js";
import { message, type messages } from "../messages/index.js";
import { formatPeriod, type Locale } from "../periods.js";
import type { PeriodValue } from "../target-path.js";
import type { Status } from "./types.js";

export interface SummaryContext {
  unit: Unit;
  decimals?: number;
  latest?: PeriodValue;
  target?: PeriodValue & { source?: string };
  asOf?: string;
}

type Bilingual = { nl: string; en: string };

const both = (make: (locale: Locale) => string): Bilingual => ({ nl: make("nl"), en: make("en") });

export function value(ctx: SummaryContext, v: number, locale: Locale): string {
  return formatValue(v, ctx.unit, locale, ctx.decimals);
}

/** Targets are round numbers as written in plans: 76 %, not 76,0 %. */
function targetValue(ctx: SummaryContext, v: number, locale: Locale): string {
  return formatValue(v, ctx.unit, locale, Number.isInteger(v) ? 0 : ctx.decimals);
}

export function share(ratio: number, locale: Locale): string {
  return formatPercent(ratio * 100, locale, 0);
}

function observed(ctx: SummaryContext, locale: Locale): string {
  const latest = ctx.latest!;
  return message(locale, "assess.observed", {
    value: value(ctx, latest.value, locale),
    period: formatPeriod(latest.period, locale),
  });
}

function targetPhrase(ctx: SummaryContext, locale: Locale, withPeriod: boolean): string {
  const t = ctx.target!;
  const params = { value: targetValue(ctx, t.value, locale), source: t.source ? ` (${t.source})` : "" };
  return withPeriod
    ? message(locale, "assess.targetIn", { ...params, period: formatPeriod(t.period, locale) })
    : message(locale, "assess.target", params);
}

/** The difference to a reference, as "1,3 pt onder" / "1.3 pp below". */
function gapParams(ctx: SummaryContext, gap: number, locale: Locale) {
  return {
    amount: formatDifference(Math.abs(gap), ctx.unit, locale, ctx.decimals),
    side: message(locale, gap < 0 ? "assess.below" : "assess.above"),
  };
}

export function noData(ctx: SummaryContext, reason: "none" | "tooFew"): Bilingual {
  if (reason === "tooFew") return both((l) => message(l, "assess.noData.tooFew"));
  const asOf = ctx.asOf;
  return both((l) =>
    asOf ? message(l, "assess.noData.noneUntil", { period: formatPeriod(asOf, l) }) : message(l, "assess.noData.none"),
  );
}

export function noTarget(ctx: SummaryContext): Bilingual {
  return both((l) => message(l, "assess.noTarget", { observed: observed(ctx, l) }));
}

export function achieved(ctx: SummaryContext): Bilingual {
  return both((l) => message(l, "assess.achieved", { observed: observed(ctx, l), target: targetPhrase(ctx, l, true) }));
}

export function notAchieved(ctx: SummaryContext): Bilingual {
  const gap = ctx.latest!.value - ctx.target!.value;
  return both((l) =>
    message(l, "assess.notAchieved", {
      observed: observed(ctx, l),
      ...gapParams(ctx, gap, l),
      target: targetPhrase(ctx, l, false),
    }),
  );
}

export function trajectory(
  ctx: SummaryContext,
  status: "ON_TRACK" | "AT_RISK" | "OFF_TRACK",
  planned: number,
  ratio: number,
  byTolerance = false,
): Bilingual {
  const gap = ctx.latest!.value - planned;
  return both((l) => {
    const verdict = message(l, `assess.trajectoryVerdict.${status}`);
    return message(l, "assess.trajectory", {
      observed: observed(ctx, l),
      ...gapParams(ctx, gap, l),
      planned: value(ctx, planned, l),
      target: targetPhrase(ctx, l, true),
      share: share(ratio, l),
      verdict: byTolerance ? message(l, "assess.withinTolerance", { verdict }) : verdict,
    });
  });
}

export function insufficient(ctx: SummaryContext): Bilingual {
  return both((l) =>
    message(l, "assess.insufficient", { observed: observed(ctx, l), target: targetPhrase(ctx, l, true) }),
  );
}

export type OpensdgLabel = keyof typeof messages.nl.assess.opensdg;

export function opensdg(ctx: SummaryContext, label: OpensdgLabel, progress: number, withTarget: boolean): Bilingual {
  return both((l) => {
    const verdict = message(l, `assess.opensdg.${label}`);
    return withTarget
      ? message(l, "assess.growthTowardsTarget", {
          observed: observed(ctx, l),
          share: share(progress, l),
          target: targetPhrase(ctx, l, true),
          verdict,
        })
      : message(l, "assess.annualGrowth", {
          observed: observed(ctx, l),
          growth: formatPercent(progress * 100, l, 1),
          verdict,
        });
  });
}

export function unsd(
  ctx: SummaryContext,
  score: 1 | 2 | 3,
  projected: number | undefined,
  rho: number | undefined,
  growth: number,
): Bilingual {
  return both((l) => {
    const verdict = message(l, `assess.unsd.${score}`);
    if (projected !== undefined && rho !== undefined) {
      return message(l, "assess.projection", {
        observed: observed(ctx, l),
        projected: value(ctx, projected, l),
        when: formatPeriod(ctx.target!.period, l),
        share: share(rho, l),
        target: targetPhrase(ctx, l, false),
        verdict,
      });
    }
    return message(l, "assess.annualGrowth", {
      observed: observed(ctx, l),
      growth: formatPercent(growth * 100, l, 1),
      verdict,
    });
  });
}

export function statusWord(status: Status, locale: Locale): string {
  return message(locale, `assess.status.${status}`);
}
