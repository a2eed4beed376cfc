import { DomainError } from "./errors.js";

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

/** Orders periods by their end, then by length (a quarter before the year it closes). */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  return pa.end.getTime() - pb.end.getTime() || pb.start.getTime() - pa.start.getTime();
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
