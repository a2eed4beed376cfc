import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHART_MAX_POINTS, CHART_TAIL_POINTS, chartIndices, seriesStretches, thinSeries } from "./thin-series.js";

const months = (count: number, from = 1990) =>
  Array.from({ length: count }, (_, i) => {
    const year = from + Math.floor(i / 12);
    return `${year}-${String((i % 12) + 1).padStart(2, "0")}`;
  });
const monthly = (count: number, value = (i: number) => 50 + Math.sin(i / 7) * 10) =>
  months(count).map((period, i) => ({ period, value: value(i), status: "final" }));
const noMarks = { periods: [], annotationDates: [] };

describe("thinSeries", () => {
  it("keeps a subset, in order, with the first and last point, the marked points and at most maxPoints", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 600 }),
        fc.integer({ min: 3, max: 300 }),
        fc.uniqueArray(fc.nat(599), { maxLength: 20 }),
        (ys, max, marks) => {
          const points = ys.map((y, x) => ({ x, y }));
          const marked = new Set(marks.filter((m) => m < ys.length));
          const kept = thinSeries(points, max, (i) => marked.has(i));
          expect(kept).toEqual([...new Set(kept)].sort((a, b) => a - b));
          expect(kept.every((i) => i >= 0 && i < ys.length)).toBe(true);
          expect(kept[0]).toBe(0);
          expect(kept.at(-1)).toBe(ys.length - 1);
          for (const m of marked) expect(kept).toContain(m);
          expect(kept.length).toBeLessThanOrEqual(Math.max(max, marked.size + 2));
          if (ys.length <= max) expect(kept).toEqual(ys.map((_, i) => i));
        },
      ),
    );
  });

  it("keeps the shape: a spike in a long flat series survives", () => {
    const points = Array.from({ length: 1000 }, (_, x) => ({ x, y: x === 437 ? 99 : 1 }));
    expect(thinSeries(points, 50)).toContain(437);
  });
});

describe("seriesStretches", () => {
  it("starts a new stretch at a missing period or a break, not between consecutive periods", () => {
    const values = [
      { period: "2015" },
      { period: "2016" },
      { period: "2018" },
      { period: "2019", breakInSeries: true },
      { period: "2020" },
    ];
    expect(seriesStretches(values)).toEqual([0, 0, 1, 2, 2]);
  });

  it("does not count the years between the waves of a survey held every three years", () => {
    expect(seriesStretches([{ period: "2013" }, { period: "2016" }, { period: "2019" }], 3)).toEqual([0, 0, 0]);
  });
});

describe("chartIndices", () => {
  it("sends a series of 360 monthly values as at most CHART_MAX_POINTS, with the first, last and the latest twelve", () => {
    const values = monthly(360);
    const kept = chartIndices(values, seriesStretches(values), noMarks);
    expect(kept.length).toBeLessThanOrEqual(CHART_MAX_POINTS);
    expect(kept[0]).toBe(0);
    for (let i = 360 - CHART_TAIL_POINTS; i < 360; i++) expect(kept).toContain(i);
  });

  it("keeps a short series whole", () => {
    const values = monthly(CHART_MAX_POINTS);
    expect(chartIndices(values, seriesStretches(values), noMarks)).toHaveLength(CHART_MAX_POINTS);
  });

  it("keeps provisional values, target and benchmark periods, annotated periods and both ends of a gap", () => {
    const values = monthly(400).filter((v) => v.period !== "2000-06");
    values[100]!.status = "provisional";
    const marks = { periods: ["1995-12", "2003-01"], annotationDates: ["2010-03-15"] };
    const kept = chartIndices(values, seriesStretches(values), marks, 60).map((i) => values[i]!.period);
    expect(kept).toContain(values[100]!.period);
    expect(kept).toEqual(expect.arrayContaining(["1995-12", "2003-01", "2010-03", "2000-05", "2000-07"]));
    expect(kept.length).toBeLessThanOrEqual(60);
  });
});
