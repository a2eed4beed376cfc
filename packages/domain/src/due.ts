import type { PeriodFrequency } from "./periods.js";
import { parsePeriod } from "./periods.js";

/** The most recent period of a frequency that has ended before `today` (ISO date): the one a
 *  value is due for. For a KPI published every N years: the latest year of its cycle. */
export function expectedPeriod(frequency: PeriodFrequency, today: string, interval = 1, lastPeriod?: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth(); // 0-based
  let expected: string;
  switch (frequency) {
    case "QUARTER": {
      const q = Math.floor(month / 3); // the current quarter's index; the previous one is due
      expected = q === 0 ? `${year - 1}-Q4` : `${year}-Q${q}`;
      break;
    }
    case "MONTH":
      expected = month === 0 ? `${year - 1}-12` : `${year}-${String(month).padStart(2, "0")}`;
      break;
    case "SCHOOL_YEAR": {
      const start = month >= 8 ? year - 1 : year - 2;
      expected = `${start}-${start + 1}`;
      break;
    }
    default:
      expected = String(year - 1);
  }
  if (interval > 1 && lastPeriod && frequency === "YEAR") {
    // The latest year of the publication cycle that has ended.
    const last = parsePeriod(lastPeriod).start.getUTCFullYear();
    const cycles = Math.max(0, Math.floor((year - 1 - last) / interval));
    return String(last + cycles * interval);
  }
  return expected;
}
