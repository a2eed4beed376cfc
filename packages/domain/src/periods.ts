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

const DAY_MS = 86_400_000;

const PATTERN = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2])|-(\d{4}))?$/;

/** What a period key means, as numbers: its frequency, first and last day (UTC midnight, ms) and
 *  its midpoint on the time axis. */
export interface PeriodFacts {
  frequency: PeriodFrequency;
  start: number;
  end: number;
  time: number;
  /** The calendar year in which the period ends. */
  endYear: number;
}

/** Parses "2019", "2019-Q3", "2019-09" or "2019-2020" (school year, September to August). */
export function parsePeriod(key: string): Period {
  const facts = periodFacts(key);
  return { key, frequency: facts.frequency, start: new Date(facts.start), end: new Date(facts.end) };
}

function readPeriod(key: string): Pick<PeriodFacts, "frequency" | "start" | "end"> {
  const match = PATTERN.exec(key);
  if (!match) throw new DomainError("BAD_INPUT", "period.invalid", { period: key });
  const year = Number(match[1]);
  const [, , quarter, month, schoolYearEnd] = match;
  if (quarter) {
    const q = Number(quarter);
    return { frequency: "QUARTER", start: Date.UTC(year, (q - 1) * 3, 1), end: Date.UTC(year, q * 3, 0) };
  }
  if (month) {
    const m = Number(month);
    return { frequency: "MONTH", start: Date.UTC(year, m - 1, 1), end: Date.UTC(year, m, 0) };
  }
  if (schoolYearEnd) {
    if (Number(schoolYearEnd) !== year + 1) {
      throw new DomainError("BAD_INPUT", "period.schoolYearSpan", { period: key });
    }
    return { frequency: "SCHOOL_YEAR", start: Date.UTC(year, 8, 1), end: Date.UTC(year + 1, 7, 31) };
  }
  return { frequency: "YEAR", start: Date.UTC(year, 0, 1), end: Date.UTC(year, 11, 31) };
}

/** Period facts remembered per key: the engine, the chart and the planned band place the same few
 *  hundred keys over and over (a CPU profile of the KPI page found a fifth of its time there), and a
 *  key always means the same days. Bounded so odd input cannot grow it without end. */
const known = new Map<string, Readonly<PeriodFacts>>();

/** A period key's facts without building Dates (throws on a key that is not a period). */
export function periodFacts(key: string): Readonly<PeriodFacts> {
  let facts = known.get(key);
  if (!facts) {
    const read = readPeriod(key);
    const time = (fractionalYear(read.start) + fractionalYear(read.end + DAY_MS)) / 2;
    facts = { ...read, time, endYear: new Date(read.end).getUTCFullYear() };
    if (known.size < 100_000) known.set(key, facts);
  }
  return facts;
}

export function isPeriod(key: string): boolean {
  try {
    periodFacts(key);
    return true;
  } catch {
    return false;
  }
}

/** Orders periods by their end, then by length (a quarter before the year it closes). */
export function comparePeriods(a: string, b: string): number {
  const pa = periodFacts(a);
  const pb = periodFacts(b);
  return pa.end - pb.end || pb.start - pa.start;
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A moment (ms since the epoch) as a year with its fraction elapsed. */
function fractionalYear(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  const start = Date.UTC(year, 0, 1);
  const length = Date.UTC(year + 1, 0, 1) - start;
  return year + (ms - start) / length;
}

/** A period's position on a continuous time axis in years: its midpoint. Years sit at
 *  2019.5, so equally long periods are equally spaced and mixed frequencies line up. */
export function periodTime(key: string): number {
  return periodFacts(key).time;
}

/** A calendar date (YYYY-MM-DD) on the same time axis, for annotations. */
export function dateTime(isoDate: string): number {
  return fractionalYear(new Date(`${isoDate}T00:00:00Z`).getTime());
}

/** True when period `a` ends on or before the end of period `b`. */
export function endsBy(a: string, b: string): boolean {
  return periodFacts(a).end <= periodFacts(b).end;
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
