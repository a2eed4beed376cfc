import { formatDifference, formatPeriod, formatValue, type Unit } from "@boordtabel/domain";
import type { Language } from "../i18n";

export const valueText = (
  value: number | null | undefined,
  unit: string,
  decimals: number,
  language: Language,
): string => (value === null || value === undefined ? "–" : formatValue(value, unit as Unit, language, decimals));

export const periodText = (period: string, language: Language): string => formatPeriod(period, language);

const locales: Record<Language, string> = { nl: "nl-BE", en: "en-GB" };

/** A moment in the active locale, to the minute, in Brussels time. */
export const dateTimeText = (iso: string, language: Language): string =>
  new Intl.DateTimeFormat(locales[language], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Europe/Brussels",
  }).format(new Date(iso));

/** A number in the active locale. */
export const numberText = (value: number, language: Language, maximumFractionDigits = 2): string =>
  value.toLocaleString(locales[language], { maximumFractionDigits });

/** A difference between two values: percentage points ("1,3 pt") where the unit is %. */
export const differenceText = (value: number, unit: string, decimals: number, language: Language): string =>
  formatDifference(value, unit as Unit, language, decimals);

/** A moment on the time axis in years ("2020,5"), never with a thousands separator. */
export const yearText = (value: number, language: Language, maximumFractionDigits = 1): string =>
  value.toLocaleString(locales[language], { maximumFractionDigits, useGrouping: false });
