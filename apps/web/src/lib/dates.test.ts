import { describe, expect, it } from "vitest";
import { dateText, localIsoDate, parseDayMonthYear } from "./dates";

describe("as-of dates", () => {
  it("shows an ISO date as dd/mm/jjjj and reads it back", () => {
    expect(dateText("2023-06-30")).toBe("30/06/2023");
    expect(parseDayMonthYear("30/06/2023")).toBe("2023-06-30");
    expect(parseDayMonthYear("1-7-2023")).toBe("2023-07-01");
    expect(parseDayMonthYear("2023-06-30")).toBe("2023-06-30");
  });

  it("refuses what is not a calendar day, rather than rolling it over", () => {
    expect(parseDayMonthYear("31/06/2023")).toBeNull();
    expect(parseDayMonthYear("06/30/2023")).toBeNull();
    expect(parseDayMonthYear("gisteren")).toBeNull();
  });
});

describe("today's date", () => {
  it("is the day on the user's calendar, also just before midnight", () => {
    expect(localIsoDate(new Date(2026, 11, 2, 23, 59))).toBe("2026-12-02");
    expect(localIsoDate(new Date(2026, 0, 1, 0, 0))).toBe("2026-01-01");
  });
});
