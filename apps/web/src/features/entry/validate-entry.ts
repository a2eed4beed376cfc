import {
  checkMeasurementValue,
  isOutlier,
  isPeriod,
  parseDecimal,
  parsePeriod,
  type MeasurementRulesKpi,
} from "@boordtabel/domain";

export interface EntryDraft {
  period: string;
  value: string;
  comment: string;
  reason: string;
}

export interface EntryContext {
  kpi: MeasurementRulesKpi & { frequency: string };
  /** Published values of the series, oldest first, for the outlier rule. */
  history: { period: string; value: number }[];
  /** True when the period already has a value (any version): a change needs a reason. */
  revising: boolean;
}

/** The checks the server makes, made before sending so the message appears next to the field:
 *  period, number (Dutch or English decimals), unit and range, decimals, outlier without a
 *  comment, revision without a reason. Returns field → message key (with params). */
export function validateEntry(
  draft: EntryDraft,
  context: EntryContext,
): { value?: number; issues: Record<string, { key: string; params?: Record<string, string | number> }> } {
  const issues: Record<string, { key: string; params?: Record<string, string | number> }> = {};
  const period = draft.period.trim();
  if (!isPeriod(period)) issues["period"] = { key: "period.invalidFormat" };
  else if (parsePeriod(period).frequency !== context.kpi.frequency.toUpperCase())
    issues["period"] = { key: "entry.wrongFrequency" };
  const value = parseDecimal(draft.value);
  if (value === undefined) issues["value"] = { key: "entry.valueRequired" };
  else {
    const problem = checkMeasurementValue(context.kpi, value)[0];
    if (problem)
      issues[problem.field] = { key: problem.messageKey, ...(problem.params ? { params: problem.params } : {}) };
    else if (
      !draft.comment.trim() &&
      isOutlier(
        context.history.filter((h) => h.period !== period).map((h) => h.value),
        value,
      )
    )
      issues["comment"] = { key: "measurement.outlierNeedsComment" };
  }
  if (context.revising && !draft.reason.trim()) issues["reason"] = { key: "measurement.reasonRequired" };
  return { ...(value !== undefined && !Number.isNaN(value) ? { value } : {}), issues };
}
