import {
  checkMeasurementValue,
  isOutlier,
  parseDecimal,
  readSeriesPeriod,
  type Locale,
  type MeasurementRulesKpi,
  type PeriodFrequency,
} from "@boordtabel/domain";

export interface EntryDraft {
  /** As typed or picked: local notation ("K2 2025") is read too. */
  period: string;
  value: string;
  comment: string;
  reason: string;
  source?: string;
}

export interface EntryContext {
  kpi: MeasurementRulesKpi & { code: string; frequency: string };
  /** Published values of the series, oldest first, for the outlier rule. */
  history: { period: string; value: number }[];
  /** True when the period has a published value: changing it needs a reason. */
  revising: boolean;
  /** ISO date: a period that starts later takes no value. */
  today: string;
  locale: Locale;
  /** "submitted" needs a source; a draft may lack it. */
  workflow?: "draft" | "submitted";
}

type Issue = { key: string; params?: Record<string, string | number> };

/** The checks the server makes, made before sending so the message appears next to the field:
 *  period (local notation, the series' frequency, started), number (Dutch or English decimals),
 *  unit and range, decimals, outlier without a comment, source to submit, revision of a
 *  published value without a reason. Returns the canonical period and field → message key. */
export function validateEntry(
  draft: EntryDraft,
  context: EntryContext,
): { value?: number; period?: string; issues: Record<string, Issue> } {
  const issues: Record<string, Issue> = {};
  const read = readSeriesPeriod(
    draft.period,
    { kpi: context.kpi.code, frequency: context.kpi.frequency.toUpperCase() as PeriodFrequency },
    context.today,
    context.locale,
  );
  if (read.issue) issues["period"] = { key: read.issue.key, params: read.issue.params };
  const period = read.period ?? draft.period.trim();
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
  if (context.workflow === "submitted" && !draft.source?.trim())
    issues["source"] = { key: "measurement.sourceRequired" };
  if (context.revising && !draft.reason.trim()) issues["reason"] = { key: "measurement.reasonRequired" };
  return {
    ...(value !== undefined && !Number.isNaN(value) ? { value } : {}),
    ...(read.period ? { period: read.period } : {}),
    issues,
  };
}
