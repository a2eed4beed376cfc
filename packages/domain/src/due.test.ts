import { describe, expect, it } from "vitest";
import { expectedPeriod } from "./due.js";

describe("expectedPeriod", () => {
  it("is the last period that has ended", () => {
    expect(expectedPeriod("YEAR", "2026-11-22")).toBe("2025");
    expect(expectedPeriod("QUARTER", "2026-11-22")).toBe("2026-Q3");
    expect(expectedPeriod("QUARTER", "2026-02-01")).toBe("2025-Q4");
    expect(expectedPeriod("MONTH", "2026-01-15")).toBe("2025-12");
    expect(expectedPeriod("SCHOOL_YEAR", "2026-11-22")).toBe("2025-2026");
    expect(expectedPeriod("SCHOOL_YEAR", "2026-05-01")).toBe("2024-2025");
  });

  it("follows the cycle of a KPI published every three years", () => {
    expect(expectedPeriod("YEAR", "2026-11-22", 3, "2019")).toBe("2025");
    expect(expectedPeriod("YEAR", "2021-11-22", 3, "2019")).toBe("2019");
  });
});
