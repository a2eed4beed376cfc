import { formatPeriod, formatValue, type Unit } from "@boordtabel/domain";
import type { Language } from "../i18n";

export const valueText = (
  value: number | null | undefined,
  unit: string,
  decimals: number,
  language: Language,
): string => (value === null || value === undefined ? "–" : formatValue(value, unit as Unit, language, decimals));

export const periodText = (period: string, language: Language): string => formatPeriod(period, language);
