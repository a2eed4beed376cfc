import { DomainError } from "./errors.js";
import { message, type messages } from "./messages/index.js";

export type PeriodFrequency = "YEAR" | "SCHOOL_YEAR" | "QUARTER" | "MONTH";

export interface Period {
  key: string;
  frequency: PeriodFrequency;
  /** First day, UTC midnight. */
  start: Date;
  /** Last day, UTC midnight. */
  end: Date;
}

const PATTERN = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2])|-(\d{4}))?$/;

const utc = (year: number, monthIndex: number, day: number): Date => new Date(Date.UTC(year, monthIndex, day));

/** Parses "2019", "2019-Q3", "2019-09" or "2019-2020" (school year, September to August). */
export function parsePeriod(key: string): Period {
  const match = PATTERN.exec(key);
  if (!match) throw new DomainError("BAD_INPUT", "period.invalid", { period: key });
  const year = Number(match[1]);
  const [, , quarter, month, schoolYearEnd] = match;
  if (quarter) {
    const q = Number(quarter);
    return { key, frequency: "QUARTER", start: utc(year, (q - 1) * 3, 1), end: utc(year, q * 3, 0) };
  }
  if (month) {
    const m = Number(month);
    return { key, frequency: "MONTH", start: utc(year, m - 1, 1), end: utc(year, m, 0) };
  }
  if (schoolYearEnd) {
    if (Number(schoolYearEnd) !== year + 1) {
      throw new DomainError("BAD_INPUT", "period.schoolYearSpan", { period: key });
    }
    return { key, frequency: "SCHOOL_YEAR", start: utc(year, 8, 1), end: utc(year + 1, 7, 31) };
  }
  return { key, frequency: "YEAR", start: utc(year, 0, 1), end: utc(year, 11, 31) };
}

export function isPeriod(key: string): boolean {
  try {
    parsePeriod(key);
    return true;
  } catch {
    return false;
  }
}

/** Start and end of a period in milliseconds, remembered: the engine sorts and places the same
 *  few hundred period keys over and over, and a key always means the same days. */
const bounds = new Map<string, readonly [start: number, end: number]>();
function boundsOf(key: string): readonly [number, number] {
  let known = bounds.get(key);
  if (!known) {
    const p = parsePeriod(key);
    known = [p.start.getTime(), p.end.getTime()];
    if (bounds.size < 100_000) bounds.set(key, known);
  }
  return known;
}

/** Orders periods by their end, then by length (a quarter before the year it closes). */
export function comparePeriods(a: string, b: string): number {
  const [startA, endA] = boundsOf(a);
  const [startB, endB] = boundsOf(b);
  return endA - endB || startB - startA;
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;

function fractionalYear(date: Date): number {
  const year = date.getUTCFullYear();
  const start = Date.UTC(year, 0, 1);
  const length = Date.UTC(year + 1, 0, 1) - start;
  return year + (date.getTime() - start) / length;
}

/** A period's position on a continuous time axis in years: its midpoint. Years sit at
 *  2019.5, so equally long periods are equally spaced and mixed frequencies line up. */
export function periodTime(key: string): number {
  const [start, end] = boundsOf(key);
  return (fractionalYear(new Date(start)) + fractionalYear(new Date(end + DAY_MS))) / 2;
}

/** A calendar date (YYYY-MM-DD) on the same time axis, for annotations. */
export function dateTime(isoDate: string): number {
  return fractionalYear(new Date(`${isoDate}T00:00:00Z`));
}

/** True when period `a` ends on or before the end of period `b`. */
export function endsBy(a: string, b: string): boolean {
  return parsePeriod(a).end.getTime() <= parsePeriod(b).end.getTime();
}

/** The year period containing a point of the time axis (for forecasts). */
export function yearAt(time: number): string {
  return String(Math.floor(time));
}

export type Locale = "nl" | "en";

/** "1" to "12": the keys of the month names in the catalogue. */
const monthNumber = (n: number) => String(n) as keyof typeof messages.nl.format.month;

/** "2019", "K3 2019" / "Q3 2019", "september 2019", "schooljaar 2019-2020" / "school year 2019-2020". */
export function formatPeriod(key: string, locale: Locale): string {
  const p = parsePeriod(key);
  const year = p.start.getUTCFullYear();
  switch (p.frequency) {
    case "YEAR":
      return key;
    case "QUARTER":
      return message(locale, "format.quarter", { quarter: key.slice(-1), year });
    case "MONTH": {
      const month = message(locale, `format.month.${monthNumber(p.start.getUTCMonth() + 1)}`);
      return message(locale, "format.monthYear", { month, year });
    }
    case "SCHOOL_YEAR":
      return message(locale, "format.schoolYear", { period: key });
  }
}
