import { dueDateFor, expectedPeriods } from "./period-input.js";
import { comparePeriods, isPeriod, parsePeriod, type PeriodFrequency } from "./periods.js";

export interface SeriesRecordInput {
  frequency: PeriodFrequency;
  publicationLagMonths?: number | null;
  reportingInterval?: number;
  /** The first period the series is expected to have: its baseline, else the plan's start,
   *  else its first value. */
  from: string | null;
  /** Every period that has a value in any workflow state. */
  present: string[];
  /** Per published period, the day (ISO date) its figure first became public. */
  published: Record<string, string>;
}

export interface SeriesRecord {
  expected: string[];
  /** Expected periods without any value (not even a draft), oldest first. */
  missing: string[];
  /** Expected periods with a published value. */
  publishedCount: number;
  /** Expected periods published on or before their due date (period end + publication lag). */
  onTimeCount: number;
}

/** SPEC completeness and timeliness of one series as of `today`: which expected periods are
 *  missing, how many are published, how many were published within the publication lag. */
export function seriesRecord(input: SeriesRecordInput, today: string): SeriesRecord {
  const ofFrequency = (p: string) => isPeriod(p) && parsePeriod(p).frequency === input.frequency;
  const first =
    input.from && ofFrequency(input.from) ? input.from : input.present.filter(ofFrequency).sort(comparePeriods)[0];
  if (!first) return { expected: [], missing: [], publishedCount: 0, onTimeCount: 0 };
  const expected = expectedPeriods({
    frequency: input.frequency,
    today,
    from: first,
    publicationLagMonths: input.publicationLagMonths ?? null,
    ...(input.reportingInterval ? { reportingInterval: input.reportingInterval } : {}),
  });
  const present = new Set(input.present);
  let publishedCount = 0;
  let onTimeCount = 0;
  for (const period of expected) {
    const at = input.published[period];
    if (at === undefined) continue;
    publishedCount++;
    if (at <= dueDateFor(period, input.publicationLagMonths)) onTimeCount++;
  }
  return { expected, missing: expected.filter((p) => !present.has(p)), publishedCount, onTimeCount };
}

/** Shares of a set of series' records: completeness (published / expected) and timeliness
 *  (published on time / expected); null when nothing was expected. */
export function recordShares(records: SeriesRecord[]): {
  expected: number;
  published: number;
  onTime: number;
  completeness: number | null;
  timeliness: number | null;
} {
  const expected = records.reduce((n, r) => n + r.expected.length, 0);
  const published = records.reduce((n, r) => n + r.publishedCount, 0);
  const onTime = records.reduce((n, r) => n + r.onTimeCount, 0);
  return {
    expected,
    published,
    onTime,
    completeness: expected ? published / expected : null,
    timeliness: expected ? onTime / expected : null,
  };
}
