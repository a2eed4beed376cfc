import type { Unit } from "./format.js";
import type { MessageKey } from "./messages/index.js";
import { unitRangeIssue } from "./unit-range.js";

export interface MeasurementRulesKpi {
  unit: Unit;
  decimals: number;
  kind: "level" | "count" | "ratio" | "budget_envelope";
}

export interface MeasurementIssue {
  field: "value" | "numerator" | "denominator" | "envelope" | "committed";
  messageKey: MessageKey;
  params?: Record<string, string | number>;
}

const decimalsOf = (value: number): number => {
  const text = String(value);
  if (text.includes("e-")) return Number(text.split("e-")[1]);
  return text.includes(".") ? text.split(".")[1]!.length : 0;
};

/** The checks a value must pass before it is stored: unit range, whole counts, no more decimals
 *  than the KPI publishes, complete ratios. Returns every problem, not just the first. */
export function checkMeasurementValue(
  kpi: MeasurementRulesKpi,
  value: number,
  parts: {
    numerator?: number | null;
    denominator?: number | null;
    envelope?: number | null;
    committed?: number | null;
  } = {},
): MeasurementIssue[] {
  const issues: MeasurementIssue[] = [];
  if (!Number.isFinite(value)) return [{ field: "value", messageKey: "measurement.notANumber" }];
  const outOfRange = unitRangeIssue(kpi, value);
  if (outOfRange) issues.push({ field: "value", messageKey: outOfRange });
  if (kpi.unit === "count" && !Number.isInteger(value))
    issues.push({ field: "value", messageKey: "measurement.wholeNumber" });
  else if (decimalsOf(value) > kpi.decimals) {
    // Separate sentences for none and one decimal: the catalogue has no plural forms.
    if (kpi.decimals === 0) issues.push({ field: "value", messageKey: "measurement.tooManyDecimalsNone" });
    else if (kpi.decimals === 1) issues.push({ field: "value", messageKey: "measurement.tooManyDecimalsOne" });
    else issues.push({ field: "value", messageKey: "measurement.tooManyDecimals", params: { decimals: kpi.decimals } });
  }
  const { numerator, denominator } = parts;
  if (kpi.kind === "ratio" && (numerator == null) !== (denominator == null)) {
    issues.push({ field: numerator == null ? "numerator" : "denominator", messageKey: "measurement.ratioIncomplete" });
  }
  if (denominator != null && !(denominator > 0))
    issues.push({ field: "denominator", messageKey: "measurement.denominatorPositive" });
  for (const field of ["envelope", "committed"] as const) {
    const amount = parts[field];
    if (amount != null && (!Number.isFinite(amount) || amount < 0))
      issues.push({ field, messageKey: "measurement.negative" });
  }
  return issues;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A value far from the series' recent history: more than 3,5 robust z-scores (median absolute
 *  deviation, Iglewicz & Hoaglin) and more than 10 % away from the median of the last values.
 *  Needs three earlier values; such a value is accepted only with a comment. */
/** How many of the latest values the outlier rule compares with. */
export const OUTLIER_WINDOW = 8;

export function isOutlier(history: number[], value: number, lastN = OUTLIER_WINDOW): boolean {
  const recent = history.slice(-lastN);
  if (recent.length < 3) return false;
  const m = median(recent);
  const mad = median(recent.map((v) => Math.abs(v - m)));
  const distance = Math.abs(value - m);
  const robust = mad === 0 ? distance > 0 : (0.6745 * distance) / mad > 3.5;
  return robust && distance > 0.1 * Math.abs(m);
}
