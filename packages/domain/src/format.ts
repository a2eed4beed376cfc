import { message } from "./messages/index.js";
import type { Locale } from "./periods.js";

export type Unit = "percent" | "count" | "eur" | "hours" | "days" | "months" | "ratio" | "index" | "unspecified";

const tags: Record<Locale, string> = { nl: "nl-BE", en: "en-GB" };

/** Intl writes no-break spaces; plain spaces keep texts predictable in tests, exports and PDFs. */
const plainSpaces = (text: string): string => text.replace(/[\u00a0\u202f]/g, " ");

export function formatNumber(value: number, locale: Locale, decimals?: number): string {
  const options: Intl.NumberFormatOptions =
    decimals === undefined
      ? { maximumFractionDigits: 2 }
      : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  return plainSpaces(numberFormat(tags[locale], options).format(value));
}

/** Intl formatters are costly to build and safe to share: one per locale and option set. */
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${tag}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(tag, options)));
  return format;
}

/** 74,6 % (nl) / 74.6% (en). */
export function formatPercent(value: number, locale: Locale, decimals = 1): string {
  const number = formatNumber(value, locale, decimals);
  return locale === "nl" ? `${number} %` : `${number}%`;
}

/** Differences of percentages are percentage points: 1,3 pt (nl) / 1.3 pp (en). */
export function formatPoints(value: number, locale: Locale, decimals = 1): string {
  return message(locale, "format.points", { number: formatNumber(value, locale, decimals) });
}

/** € 1.234.567 (nl-BE) / €1,234,567 (en). */
export function formatMoney(value: number, locale: Locale, decimals = 0): string {
  const format = numberFormat(tags[locale], {
    style: "currency",
    currency: "EUR",
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  return plainSpaces(format.format(value));
}

/** 12 maart 2026 / 12 March 2026. */
export function formatDate(date: Date, locale: Locale): string {
  const format = new Intl.DateTimeFormat(tags[locale], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  return plainSpaces(format.format(date));
}

/** A value in its unit: 74,6 %, € 1.234.567, 195.989, 4 maanden. */
export function formatValue(value: number, unit: Unit, locale: Locale, decimals?: number): string {
  switch (unit) {
    case "percent":
      return formatPercent(value, locale, decimals ?? 1);
    case "eur":
      return formatMoney(value, locale, decimals ?? 0);
    case "count":
      return formatNumber(value, locale, decimals ?? 0);
    case "hours":
    case "days":
    case "months":
      return message(locale, `format.unit.${unit}`, { number: formatNumber(value, locale, decimals) });
    default:
      return formatNumber(value, locale, decimals);
  }
}

/** A difference between two values of the unit: points for percentages. */
export function formatDifference(value: number, unit: Unit, locale: Locale, decimals?: number): string {
  return unit === "percent" ? formatPoints(value, locale, decimals ?? 1) : formatValue(value, unit, locale, decimals);
}
