import { DomainError } from "./errors.js";
import { comparePeriods, parsePeriod, type PeriodFrequency } from "./periods.js";

/** Months between a period's end and the publication of its figure, when the KPI names none
 *  (SPEC §2: 12 for a year, 4 for a quarter, 2 for a month). */
export const DEFAULT_PUBLICATION_LAG: Record<PeriodFrequency, number> = {
  YEAR: 12,
  SCHOOL_YEAR: 12,
  QUARTER: 4,
  MONTH: 2,
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The period `steps` periods after (or before, when negative) `key`, of the same frequency. */
export function shiftPeriod(key: string, steps: number): string {
  const p = parsePeriod(key);
  const year = p.start.getUTCFullYear();
  switch (p.frequency) {
    case "YEAR":
      return String(year + steps);
    case "SCHOOL_YEAR":
      return `${year + steps}-${year + steps + 1}`;
    case "QUARTER": {
      const index = year * 4 + Number(key.slice(-1)) - 1 + steps;
      return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
    }
    case "MONTH": {
      const index = year * 12 + p.start.getUTCMonth() + steps;
      return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
    }
  }
}

/** The day a period's figure is due: the last day of the month `lagMonths` after the period's
 *  last month (every period ends on the last day of a month). */
export function dueDate(period: string, lagMonths: number): string {
  const end = parsePeriod(period).end;
  return new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + lagMonths + 1, 0)).toISOString().slice(0, 10);
}

/** The period of `frequency` that contains `today` (ISO date). */
export function periodContaining(frequency: PeriodFrequency, today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  switch (frequency) {
    case "YEAR":
      return String(year);
    case "SCHOOL_YEAR":
      return month >= 9 ? `${year}-${year + 1}` : `${year - 1}-${year}`;
    case "QUARTER":
      return `${year}-Q${Math.ceil(month / 3)}`;
    case "MONTH":
      return `${year}-${String(month).padStart(2, "0")}`;
  }
}

export interface StalenessInput {
  /** The latest value's period, if any. */
  latestPeriod?: string;
  /** The series' frequency; taken from the latest period when absent. */
  frequency?: PeriodFrequency;
  /** ISO date (YYYY-MM-DD). */
  today: string;
  publicationLagMonths?: number | null;
  /** Periods between two releases (a survey every 4 years: 4); counted from the latest value. */
  reportingInterval?: number;
}

export interface Staleness {
  /** The last period whose figure should be published by `today`. */
  expectedLatestPeriod: string | null;
  /** The latest value is older than the expected latest period. */
  stale: boolean;
}

/** SPEC §2 staleness: the expected latest period is the last one whose end plus the publication
 *  lag lies on or before today; a series whose latest value is older says so. */
export function staleness(input: StalenessInput): Staleness {
  if (!ISO_DATE.test(input.today)) throw new DomainError("BAD_INPUT", "date.invalid", { date: input.today });
  const frequency = input.frequency ?? (input.latestPeriod ? parsePeriod(input.latestPeriod).frequency : undefined);
  if (!frequency) return { expectedLatestPeriod: null, stale: false };
  const lag = input.publicationLagMonths ?? DEFAULT_PUBLICATION_LAG[frequency];
  const interval = Math.max(1, Math.floor(input.reportingInterval ?? 1));
  const published = (period: string) => dueDate(period, lag) <= input.today;
  let expected: string | null;
  if (interval > 1 && input.latestPeriod) {
    // A survey held every few periods is due a period `interval` after the last one.
    let candidate = input.latestPeriod;
    while (published(shiftPeriod(candidate, interval))) candidate = shiftPeriod(candidate, interval);
    expected = candidate;
  } else {
    let candidate = periodContaining(frequency, input.today);
    // Each step back moves the due date a period earlier; a century bounds the walk.
    for (let i = 0; i < 1200 && !published(candidate); i++) candidate = shiftPeriod(candidate, -1);
    expected = published(candidate) ? candidate : null;
  }
  const stale =
    input.latestPeriod !== undefined && expected !== null && comparePeriods(input.latestPeriod, expected) < 0;
  return { expectedLatestPeriod: expected, stale };
}
