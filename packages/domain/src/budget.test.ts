import { describe, expect, it } from "vitest";
import { aggregateRatio, assessBudget } from "./budget.js";

describe("budget envelope (VOV, school year September-August)", () => {
  it("spending in line with time is on track, with burn rate and remaining amount", () => {
    const r = assessBudget({
      period: "2024-2025",
      envelope: 1_000_000,
      committed: 600_000,
      spent: 350_000,
      asOf: "2025-02-01",
    });
    expect(r.elapsedShare).toBeCloseTo(153 / 365, 3);
    expect(r.burnRate).toBe(0.35);
    expect(r.remaining).toBe(650_000);
    expect(r.projectedSpend).toBeCloseTo(350_000 / (153 / 365), 0);
    expect(r.status).toBe("ON_TRACK");
    expect(r.projectedExhaustion).toBeNull();
  });

  it("spending faster than time projects the day the envelope runs out", () => {
    const r = assessBudget({
      period: "2024-2025",
      envelope: 1_000_000,
      committed: 900_000,
      spent: 750_000,
      asOf: "2025-02-01",
    });
    expect(r.status).toBe("OFF_TRACK");
    // 153 days for 75 %: the whole envelope after 204 days
    expect(r.projectedExhaustion).toBe("2025-03-24");
  });

  it("projected above 95 % of the envelope is at risk", () => {
    const r = assessBudget({
      period: "2024-2025",
      envelope: 1_000_000,
      committed: 0,
      spent: 480_000,
      asOf: "2025-03-01",
    });
    expect(r.projectedSpend / 1_000_000).toBeGreaterThan(0.95);
    expect(r.status).toBe("AT_RISK");
  });

  it("refuses negative amounts and an empty envelope", () => {
    expect(() =>
      assessBudget({ period: "2024-2025", envelope: 100, committed: -1, spent: 0, asOf: "2025-01-01" }),
    ).toThrow(/budget.negative/);
    expect(() =>
      assessBudget({ period: "2024-2025", envelope: 0, committed: 0, spent: 0, asOf: "2025-01-01" }),
    ).toThrow(/emptyEnvelope/);
  });
});

describe("aggregateRatio", () => {
  it("sums numerators and denominators instead of averaging percentages", () => {
    // 90/100 = 90 % and 10/100 ... of a small group: 1/10 = 10 %; the average of rates would be 50 %
    expect(
      aggregateRatio([
        { numerator: 90, denominator: 100 },
        { numerator: 1, denominator: 10 },
      ]),
    ).toBeCloseTo((91 / 110) * 100, 10);
  });

  it("refuses a zero total denominator", () => {
    expect(() => aggregateRatio([{ numerator: 0, denominator: 0 }])).toThrow(/ratio.denominator/);
  });
});
