import { DomainError, type FieldIssue } from "./errors.js";
import type { Unit } from "./format.js";
import type { MessageKey } from "./messages/index.js";

/** What a value's range depends on: the KPI's unit, and its kind (a count is never negative). */
export interface UnitRangeKpi {
  unit: Unit;
  kind?: string;
}

/** Units whose values cannot fall below zero: amounts, durations and counts. A ratio, an index
 *  or an unstated unit may be anything. */
const NON_NEGATIVE: ReadonlySet<Unit> = new Set(["count", "eur", "hours", "days", "months"]);

/** Why a value lies outside what the KPI's unit admits (a percentage outside 0–100, a negative
 *  count, amount or duration), or undefined when it fits. The one range rule for measured
 *  values, targets, baselines and benchmarks. */
export function unitRangeIssue(kpi: UnitRangeKpi, value: number): MessageKey | undefined {
  if (kpi.unit === "percent" && (value < 0 || value > 100)) return "measurement.percentRange";
  if ((NON_NEGATIVE.has(kpi.unit) || kpi.kind === "count") && value < 0) return "measurement.negative";
  return undefined;
}

/** `unitRangeIssue` over named values, one field issue per value out of range. */
export function unitRangeIssues(kpi: UnitRangeKpi, values: { field: string; value: number }[]): FieldIssue[] {
  return values.flatMap(({ field, value }) => {
    const messageKey = unitRangeIssue(kpi, value);
    return messageKey ? [{ field, messageKey }] : [];
  });
}

/** Refuses the whole input when any value is outside the unit's range, naming every field. */
export function assertUnitRange(kpi: UnitRangeKpi, values: { field: string; value: number }[]): void {
  const issues = unitRangeIssues(kpi, values);
  if (issues.length > 0) throw new DomainError("BAD_INPUT", issues[0]!.messageKey, {}, issues);
}
