import { formatDifference, formatNumber, formatValue, type Unit } from "../format.js";
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
  const number = formatNumber(ratio * 100, locale, 0);
  return locale === "nl" ? `${number} %` : `${number}%`;
}

function observed(ctx: SummaryContext, locale: Locale): string {
  const latest = ctx.latest!;
  return `${value(ctx, latest.value, locale)} in ${formatPeriod(latest.period, locale)}`;
}

function targetPhrase(ctx: SummaryContext, locale: Locale, withPeriod: boolean): string {
  const t = ctx.target!;
  const when = withPeriod ? ` ${locale === "nl" ? "in" : "for"} ${formatPeriod(t.period, locale)}` : "";
  const source = t.source ? ` (${t.source})` : "";
  return `${targetValue(ctx, t.value, locale)}${when}${source}`;
}

function side(difference: number, locale: Locale): string {
  if (locale === "nl") return difference < 0 ? "onder" : "boven";
  return difference < 0 ? "below" : "above";
}

export function noData(ctx: SummaryContext, reason: "none" | "tooFew"): Bilingual {
  if (reason === "tooFew") {
    return {
      nl: "Deze methode heeft minstens twee meetwaarden nodig; geen status.",
      en: "This method needs at least two values; no status.",
    };
  }
  const until = (l: Locale) => (ctx.asOf ? ` ${l === "nl" ? "tot en met" : "up to"} ${formatPeriod(ctx.asOf, l)}` : "");
  return { nl: `Nog geen meetwaarde${until("nl")}; geen status.`, en: `No value yet${until("en")}; no status.` };
}

export function noTarget(ctx: SummaryContext): Bilingual {
  return {
    nl: `${observed(ctx, "nl")}; er is geen doel vastgelegd.`,
    en: `${observed(ctx, "en")}; no target has been set.`,
  };
}

export function achieved(ctx: SummaryContext): Bilingual {
  return {
    nl: `${observed(ctx, "nl")}: het doel van ${targetPhrase(ctx, "nl", true)} is gehaald.`,
    en: `${observed(ctx, "en")}: the target of ${targetPhrase(ctx, "en", true)} has been met.`,
  };
}

export function notAchieved(ctx: SummaryContext): Bilingual {
  const gap = ctx.latest!.value - ctx.target!.value;
  return both((l) => {
    const amount = formatDifference(Math.abs(gap), ctx.unit, l, ctx.decimals);
    return l === "nl"
      ? `${observed(ctx, l)}, ${amount} ${side(gap, l)} het doel van ${targetPhrase(ctx, l, false)}; doel niet gehaald.`
      : `${observed(ctx, l)}, ${amount} ${side(gap, l)} the target of ${targetPhrase(ctx, l, false)}; target not met.`;
  });
}

const trajectoryVerdict: Record<"ON_TRACK" | "AT_RISK" | "OFF_TRACK", Bilingual> = {
  ON_TRACK: { nl: "op koers", en: "on track" },
  AT_RISK: { nl: "risico op achterstand", en: "at risk" },
  OFF_TRACK: { nl: "niet op koers", en: "off track" },
};

export function trajectory(
  ctx: SummaryContext,
  status: "ON_TRACK" | "AT_RISK" | "OFF_TRACK",
  planned: number,
  ratio: number,
  byTolerance = false,
): Bilingual {
  const gap = ctx.latest!.value - planned;
  return both((l) => {
    const amount = formatDifference(Math.abs(gap), ctx.unit, l, ctx.decimals);
    const plannedText = value(ctx, planned, l);
    const tolerance = byTolerance ? (l === "nl" ? " (binnen de tolerantie)" : " (within the tolerance)") : "";
    return l === "nl"
      ? `${observed(ctx, l)}, ${amount} ${side(gap, l)} het geplande pad (${plannedText}) naar ${targetPhrase(ctx, l, true)}; ${share(ratio, l)} van de verwachte vooruitgang: ${trajectoryVerdict[status].nl}${tolerance}.`
      : `${observed(ctx, l)}, ${amount} ${side(gap, l)} the planned path (${plannedText}) towards ${targetPhrase(ctx, l, true)}; ${share(ratio, l)} of the expected progress: ${trajectoryVerdict[status].en}${tolerance}.`;
  });
}

export function insufficient(ctx: SummaryContext): Bilingual {
  return {
    nl: `${observed(ctx, "nl")}; nog geen meetwaarde na het basisjaar, dus geen oordeel over de vooruitgang naar ${targetPhrase(ctx, "nl", true)}.`,
    en: `${observed(ctx, "en")}; no value after the baseline yet, so no verdict on progress towards ${targetPhrase(ctx, "en", true)}.`,
  };
}

export const opensdgLabels: Record<string, Bilingual> = {
  substantial_progress: { nl: "op koers", en: "on track" },
  moderate_progress: { nl: "vooruitgang, maar versnelling nodig", en: "progress made but acceleration needed" },
  limited_progress: { nl: "beperkte vooruitgang", en: "limited progress" },
  deterioration: { nl: "achteruitgang", en: "deterioration" },
};

export function opensdg(ctx: SummaryContext, label: string, progress: number, withTarget: boolean): Bilingual {
  return both((l) => {
    const verdict = opensdgLabels[label]![l];
    if (withTarget) {
      return l === "nl"
        ? `${observed(ctx, l)}; de groei is ${share(progress, l)} van wat nodig is voor ${targetPhrase(ctx, l, true)}: ${verdict}.`
        : `${observed(ctx, l)}; growth is ${share(progress, l)} of what is needed for ${targetPhrase(ctx, l, true)}: ${verdict}.`;
    }
    const growth = `${formatNumber(progress * 100, l, 1)}${l === "nl" ? " %" : "%"}`;
    return l === "nl"
      ? `${observed(ctx, l)}; jaarlijkse groei in de goede richting ${growth}: ${verdict}.`
      : `${observed(ctx, l)}; annual growth in the desired direction ${growth}: ${verdict}.`;
  });
}

export const unsdLabels: Record<number, Bilingual> = {
  3: { nl: "doel gehaald of op koers", en: "achieved or on track" },
  2: { nl: "redelijke vooruitgang, versnelling nodig", en: "fair progress, acceleration needed" },
  1: { nl: "stilstand of achteruitgang", en: "stagnation or regression" },
};

export function unsd(
  ctx: SummaryContext,
  score: 1 | 2 | 3,
  projected: number | undefined,
  rho: number | undefined,
  growth: number,
): Bilingual {
  return both((l) => {
    const verdict = unsdLabels[score]![l];
    if (projected !== undefined && rho !== undefined) {
      const when = formatPeriod(ctx.target!.period, l);
      return l === "nl"
        ? `${observed(ctx, l)}; bij de huidige groei ${value(ctx, projected, l)} in ${when}, ${share(rho, l)} van de nodige afstand tot ${targetPhrase(ctx, l, false)}: ${verdict}.`
        : `${observed(ctx, l)}; at the current growth ${value(ctx, projected, l)} in ${when}, ${share(rho, l)} of the distance to ${targetPhrase(ctx, l, false)}: ${verdict}.`;
    }
    const rate = `${formatNumber(growth * 100, l, 1)}${l === "nl" ? " %" : "%"}`;
    return l === "nl"
      ? `${observed(ctx, l)}; jaarlijkse groei in de goede richting ${rate}: ${verdict}.`
      : `${observed(ctx, l)}; annual growth in the desired direction ${rate}: ${verdict}.`;
  });
}

export function statusWord(status: Status, locale: Locale): string {
  const words: Record<Status, Bilingual> = {
    ACHIEVED: { nl: "doel gehaald", en: "achieved" },
    ON_TRACK: { nl: "op koers", en: "on track" },
    AT_RISK: { nl: "risico", en: "at risk" },
    OFF_TRACK: { nl: "niet op koers", en: "off track" },
    NOT_ACHIEVED: { nl: "doel niet gehaald", en: "not achieved" },
    INSUFFICIENT_DATA: { nl: "onvoldoende gegevens", en: "insufficient data" },
    NO_DATA: { nl: "geen gegevens", en: "no data" },
    NO_TARGET: { nl: "geen doel", en: "no target" },
  };
  return words[status][locale];
}
