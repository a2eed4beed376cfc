import { formatDate } from "./format.js";
import type { MessageKey } from "./messages/index.js";
import { formatPeriod, isPeriod, parsePeriod, type Locale, type PeriodFrequency } from "./periods.js";
import { DEFAULT_PUBLICATION_LAG, dueDate, periodContaining, shiftPeriod, staleness } from "./staleness.js";

/** Month names and abbreviations in both languages, as people type them ("mrt", "maart", "March"). */
const MONTHS: Record<string, number> = {};
[
  ["jan", "januari", "january"],
  ["feb", "februari", "february"],
  ["mrt", "maart", "mar", "march"],
  ["apr", "april"],
  ["mei", "may"],
  ["jun", "juni", "june"],
  ["jul", "juli", "july"],
  ["aug", "augustus", "august"],
  ["sep", "sept", "september"],
  ["okt", "oktober", "oct", "october"],
  ["nov", "november"],
  ["dec", "december"],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const pad = (n: number) => String(n).padStart(2, "0");

/** Reads a period as people write it and returns its canonical key, or null:
 *  "2025"; "K2 2025", "2025-K2", "2025 Q2", "Q2-2025"; "2025-03", "03/2025", "maart 2025",
 *  "March 2025"; "2019-2020", "2019/2020", "2019-20", "schooljaar 2019-2020". */
export function readPeriod(text: string): string | null {
  const s = text
    .trim()
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/^(school ?jaar|school year)\s*/, "")
    .replace(/\s+/g, " ");
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(s))) return m[1]!;
  if ((m = /^[kq]([1-4]) ?[-/ ]? ?(\d{4})$/.exec(s))) return `${m[2]}-Q${m[1]}`;
  if ((m = /^(\d{4}) ?[-/ ]? ?[kq]([1-4])$/.exec(s))) return `${m[1]}-Q${m[2]}`;
  if ((m = /^(\d{4}) ?[-/] ?(\d{1,2})$/.exec(s)) && Number(m[2]) >= 1 && Number(m[2]) <= 12)
    return `${m[1]}-${pad(Number(m[2]))}`;
  if ((m = /^(\d{1,2}) ?[-/] ?(\d{4})$/.exec(s)) && Number(m[1]) >= 1 && Number(m[1]) <= 12)
    return `${m[2]}-${pad(Number(m[1]))}`;
  if ((m = /^([a-z]+)\.? ?(\d{4})$/.exec(s)) && MONTHS[m[1]!]) return `${m[2]}-${pad(MONTHS[m[1]!]!)}`;
  if ((m = /^(\d{4}) ?[-/] ?(\d{4}|\d{2})$/.exec(s))) {
    const start = Number(m[1]);
    const end = m[2]!.length === 2 ? Math.floor(start / 100) * 100 + Number(m[2]) : Number(m[2]);
    return end === start + 1 ? `${start}-${end}` : null;
  }
  return null;
}

/** The message key that says which periods a series of this frequency holds. */
export const EXPECTS_KEY: Record<PeriodFrequency, MessageKey> = {
  YEAR: "period.expects.year",
  QUARTER: "period.expects.quarter",
  MONTH: "period.expects.month",
  SCHOOL_YEAR: "period.expects.schoolYear",
};

export interface PeriodIssue {
  key: MessageKey;
  params: Record<string, string>;
}

/** The issue of a period for a series: the frequency error that names the series' frequency
 *  with an example, or "not started yet" for a period that begins after today. Null if fine. */
export function periodIssue(
  period: string,
  series: { kpi: string; frequency: PeriodFrequency },
  today: string,
  locale: Locale,
): PeriodIssue | null {
  if (!isPeriod(period) || parsePeriod(period).frequency !== series.frequency) {
    const example = formatPeriod(shiftPeriod(periodContaining(series.frequency, today), -1), locale);
    return { key: EXPECTS_KEY[series.frequency], params: { kpi: series.kpi, example } };
  }
  const start = parsePeriod(period).start;
  if (start.toISOString().slice(0, 10) > today) {
    return {
      key: "period.notStarted",
      params: { period: formatPeriod(period, locale), start: formatDate(start, locale) },
    };
  }
  return null;
}

/** Reads what the user typed for a series: its canonical period, or the issue to show. */
export function readSeriesPeriod(
  text: string,
  series: { kpi: string; frequency: PeriodFrequency },
  today: string,
  locale: Locale,
): { period: string; issue: null } | { period: null; issue: PeriodIssue } {
  const period = readPeriod(text) ?? text.trim();
  const issue = periodIssue(period, series, today, locale);
  return issue ? { period: null, issue } : { period, issue: null };
}

export interface ExpectedPeriodsInput {
  frequency: PeriodFrequency;
  /** ISO date. */
  today: string;
  publicationLagMonths?: number | null;
  /** The first period the series is expected to have (e.g. the plan's baseline). */
  from: string;
  reportingInterval?: number;
}

/** Every period whose figure should be published by `today` (its end plus the publication lag
 *  has passed), from `from` to the expected latest period of SPEC §2 staleness, oldest first.
 *  A survey held every N periods expects every Nth period counted from `from`. */
export function expectedPeriods(input: ExpectedPeriodsInput): string[] {
  const { expectedLatestPeriod } = staleness({
    frequency: input.frequency,
    today: input.today,
    publicationLagMonths: input.publicationLagMonths ?? null,
  });
  if (!expectedLatestPeriod || !isPeriod(input.from) || parsePeriod(input.from).frequency !== input.frequency)
    return [];
  const step = Math.max(1, Math.floor(input.reportingInterval ?? 1));
  const last = parsePeriod(expectedLatestPeriod).end.getTime();
  const out: string[] = [];
  for (let p = input.from; parsePeriod(p).end.getTime() <= last && out.length < 2400; p = shiftPeriod(p, step))
    out.push(p);
  return out;
}

/** The day a period's figure is due under the series' lag (the frequency's default if none). */
export function dueDateFor(period: string, lagMonths?: number | null): string {
  return dueDate(period, lagMonths ?? DEFAULT_PUBLICATION_LAG[parsePeriod(period).frequency]);
}

/** The periods an entry form offers for a series: the missing ones that have ended (oldest
 *  first, so gaps are filled in order), then the current period; `next` is the first missing
 *  period after the latest value — the one to preselect. */
export function entryPeriodChoices(input: {
  frequency: PeriodFrequency;
  today: string;
  /** Periods with a value in any workflow state. */
  present: string[];
  /** Where gaps start counting when the series has no value (the plan's baseline). */
  from?: string | undefined;
  reportingInterval?: number;
}): { missing: string[]; recent: string[]; next: string | null } {
  const current = periodContaining(input.frequency, input.today);
  const ofFrequency = input.present.filter((p) => isPeriod(p) && parsePeriod(p).frequency === input.frequency);
  const latest = ofFrequency.sort((a, b) => parsePeriod(a).end.getTime() - parsePeriod(b).end.getTime()).at(-1);
  const step = Math.max(1, Math.floor(input.reportingInterval ?? 1));
  const start = latest ? shiftPeriod(latest, step) : (input.from ?? shiftPeriod(current, -1));
  const have = new Set(ofFrequency);
  const missing: string[] = [];
  for (let p = start; p !== current && missing.length < 240; p = shiftPeriod(p, step)) {
    if (parsePeriod(p).end.getTime() >= parsePeriod(current).end.getTime()) break;
    if (!have.has(p)) missing.push(p);
  }
  const recent: string[] = [];
  for (let i = 0, p = current; i < 8; i++, p = shiftPeriod(p, -1)) if (!missing.includes(p)) recent.push(p);
  return { missing, recent, next: missing[0] ?? null };
}
