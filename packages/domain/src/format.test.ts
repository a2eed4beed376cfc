import { describe, expect, it } from "vitest";
import { formatDate, formatMoney, formatNumber, formatPercent, formatPoints, formatValue } from "./format.js";
import { formatPeriod } from "./periods.js";

describe("formatting in nl-BE and en", () => {
  it("writes numbers, percentages, points and money the Belgian-Dutch way", () => {
    expect(formatPercent(74.6, "nl")).toBe("74,6 %");
    expect(formatPoints(1.3, "nl")).toBe("1,3 pt");
    expect(formatMoney(1234567, "nl")).toBe("€ 1.234.567");
    expect(formatNumber(195989, "nl", 0)).toBe("195.989");
    expect(formatValue(4, "months", "nl", 0)).toBe("4 maanden");
  });

  it("and the English way", () => {
    expect(formatPercent(74.6, "en")).toBe("74.6%");
    expect(formatPoints(1.3, "en")).toBe("1.3 pp");
    expect(formatMoney(1234567, "en")).toBe("€1,234,567");
    expect(formatNumber(195989, "en", 0)).toBe("195,989");
  });

  it("writes dates and periods", () => {
    const date = new Date(Date.UTC(2026, 2, 12));
    expect(formatDate(date, "nl")).toBe("12 maart 2026");
    expect(formatDate(date, "en")).toBe("12 March 2026");
    expect(formatPeriod("2019-Q3", "nl")).toBe("K3 2019");
    expect(formatPeriod("2019-Q3", "en")).toBe("Q3 2019");
    expect(formatPeriod("2019-09", "nl")).toBe("september 2019");
    expect(formatPeriod("2019-2020", "en")).toBe("school year 2019-2020");
  });
});
