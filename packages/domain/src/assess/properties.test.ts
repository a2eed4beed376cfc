import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessProgress, type Method, type Status } from "./index.js";
import { meets } from "./prepare.js";

const RANK: Partial<Record<Status, number>> = { NOT_ACHIEVED: 0, OFF_TRACK: 1, AT_RISK: 2, ON_TRACK: 3, ACHIEVED: 4 };

const value = fc.double({ min: 1, max: 1000, noNaN: true });
const year = fc.integer({ min: 2000, max: 2040 });

/** A plan with a baseline, one or two later targets and observations after the baseline. */
const scenario = fc
  .record({
    baseYear: fc.integer({ min: 2000, max: 2020 }),
    baseline: value,
    gaps: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 2 }),
    targets: fc.array(value, { minLength: 2, maxLength: 2 }),
    observations: fc.array(fc.tuple(fc.integer({ min: 0, max: 25 }), value), { minLength: 1, maxLength: 6 }),
  })
  .map(({ baseYear, baseline, gaps, targets, observations }) => {
    let y = baseYear;
    const targetPoints = gaps.map((gap, i) => ({ period: String((y += gap)), value: targets[i]! }));
    const byPeriod = new Map(observations.map(([offset, v]) => [String(baseYear + offset), v]));
    return {
      targetPath: { baseline: { period: String(baseYear), value: baseline }, targets: targetPoints },
      observations: [...byPeriod]
        .map(([period, v]) => ({ period, value: v }))
        .sort((p, q) => p.period.localeCompare(q.period)),
    };
  });

const negate = (s: { period: string; value: number }) => ({ ...s, value: -s.value });

describe("property: lower is better is the mirror image of higher is better (trajectory)", () => {
  it("negating every value and target gives the same status, ratio and planned distance", () => {
    fc.assert(
      fc.property(scenario, ({ targetPath, observations }) => {
        const up = assessProgress({ direction: "higher_is_better", targetPath, observations });
        const down = assessProgress({
          direction: "lower_is_better",
          targetPath: { baseline: negate(targetPath.baseline), targets: targetPath.targets.map(negate) },
          observations: observations.map(negate),
        });
        expect(down.status).toBe(up.status);
        if (up.ratio !== undefined) expect(down.ratio).toBeCloseTo(up.ratio, 8);
      }),
      { numRuns: 300 },
    );
  });
});

describe("property: a better latest value never gives a worse status", () => {
  const methods: Method[] = ["trajectory", "opensdg", "unsd"];
  it.each(methods)("%s", (method) => {
    fc.assert(
      fc.property(scenario, value, value, ({ targetPath, observations }, a, b) => {
        fc.pre(observations.length >= 2);
        // Growth methods compare with the base: keep targets on the improving side of it.
        fc.pre(method === "trajectory" || targetPath.targets.every((t) => t.value > targetPath.baseline.value));
        const [low, high] = a < b ? [a, b] : [b, a];
        const withLatest = (v: number) => [...observations.slice(0, -1), { ...observations.at(-1)!, value: v }];
        const worse = assessProgress({
          method,
          direction: "higher_is_better",
          targetPath,
          observations: withLatest(low),
        });
        const better = assessProgress({
          method,
          direction: "higher_is_better",
          targetPath,
          observations: withLatest(high),
        });
        const [r1, r2] = [RANK[worse.status], RANK[better.status]];
        if (r1 !== undefined && r2 !== undefined) expect(r2).toBeGreaterThanOrEqual(r1);
      }),
      { numRuns: 300 },
    );
  });
});

describe("property: every number in an assessment is finite", () => {
  it("for every method, direction and series", () => {
    fc.assert(
      fc.property(
        scenario,
        fc.constantFrom<Method>("trajectory", "opensdg", "unsd"),
        fc.constantFrom("higher_is_better" as const, "lower_is_better" as const),
        year,
        ({ targetPath, observations }, method, direction, asOf) => {
          const r = assessProgress({ method, direction, targetPath, observations, asOf: String(asOf) });
          for (const n of [r.ratio, r.score, r.plannedValue, ...Object.values(r.components)]) {
            if (n !== undefined) expect(Number.isFinite(n)).toBe(true);
          }
          expect(r.summary.nl.length).toBeGreaterThan(10);
          expect(r.summary.en.length).toBeGreaterThan(10);
        },
      ),
      { numRuns: 500 },
    );
  });
});

/** A single official target and one value strictly between the baseline and the target year. */
const oneSegment = fc.record({
  baseYear: fc.integer({ min: 2000, max: 2020 }),
  span: fc.integer({ min: 2, max: 15 }),
  baseline: value,
  target: value,
  actual: value,
  at: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
});

describe("property: cumulative progress from the baseline (SPEC §2)", () => {
  it("the ratio is (actual − baseline) / (planned − baseline) whatever the intermediate targets", () => {
    fc.assert(
      fc.property(oneSegment, value, ({ baseYear, span, baseline, target, actual, at }, middle) => {
        fc.pre(Math.abs(target - baseline) > 1e-3);
        const offset = Math.max(1, Math.min(span - 1, Math.round(at * span)));
        const period = String(baseYear + offset);
        fc.pre(actual !== target && Math.sign(actual - target) !== Math.sign(target - baseline));
        const r = assessProgress({
          direction: "higher_is_better",
          targetPath: {
            baseline: { period: String(baseYear), value: baseline },
            targets: [{ period: String(baseYear + span), value: target }],
          },
          observations: [{ period, value: actual }],
        });
        const planned = baseline + (offset / span) * (target - baseline);
        if (r.status === "ACHIEVED") return;
        expect(r.plannedValue).toBeCloseTo(planned, 6);
        expect(r.ratio).toBeCloseTo((actual - baseline) / (planned - baseline), 6);
        // An indicative point anywhere leaves the verdict unchanged.
        const withIndicative = assessProgress({
          direction: "higher_is_better",
          targetPath: {
            baseline: { period: String(baseYear), value: baseline },
            targets: [
              { period: String(baseYear + span), value: target },
              { period: String(baseYear + span - 1), value: middle, kind: "indicative" },
            ],
          },
          observations: [{ period, value: actual }],
        });
        expect(withIndicative.status).toBe(r.status);
        expect(withIndicative.ratio).toBe(r.ratio);
      }),
      { numRuns: 300 },
    );
  });

  it("a value within the tolerance of the planned path is ON_TRACK, and tolerance never worsens a status", () => {
    fc.assert(
      fc.property(scenario, fc.double({ min: 0, max: 50, noNaN: true }), ({ targetPath, observations }, tolerance) => {
        const strict = assessProgress({ direction: "higher_is_better", targetPath, observations });
        const tolerant = assessProgress({
          direction: "higher_is_better",
          targetPath: { ...targetPath, tolerance },
          observations,
        });
        expect(RANK[tolerant.status] ?? -1).toBeGreaterThanOrEqual(RANK[strict.status] ?? -1);
        if (strict.plannedValue !== undefined && Math.abs(strict.latest!.value - strict.plannedValue) <= tolerance) {
          expect(tolerant.status).toBe("ON_TRACK");
        }
      }),
      { numRuns: 300 },
    );
  });

  it("INSUFFICIENT_DATA exactly when no value lies after the baseline period and the target is not met", () => {
    fc.assert(
      fc.property(scenario, ({ targetPath, observations }) => {
        const r = assessProgress({ direction: "higher_is_better", targetPath, observations });
        const after = observations.some((o) => Number(o.period) > Number(targetPath.baseline.period));
        const final = targetPath.targets.at(-1)!.value;
        const latest = observations.at(-1)!;
        // "Met" as the engine defines it: within 1e-9 of the target counts, so float noise never decides.
        if (!after && !meets(latest.value, final, 1)) expect(r.status).toBe("INSUFFICIENT_DATA");
        if (r.status === "INSUFFICIENT_DATA") expect(after).toBe(false);
      }),
      {
        numRuns: 300,
        // Found by CI (seed 1299080956): a final target 2e-15 above the only value, which the engine counts as met.
        examples: [
          [
            {
              targetPath: {
                baseline: { period: "2000", value: 1 },
                targets: [{ period: "2001", value: 1.0000000000000018 }],
              },
              observations: [{ period: "2000", value: 1 }],
            },
          ],
        ],
      },
    );
  });
});
