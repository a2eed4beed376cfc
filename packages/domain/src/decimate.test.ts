import { describe, expect, it } from "vitest";
import { decimate } from "./decimate.js";

const series = (ys: number[]) => ys.map((y, x) => ({ x, y }));

describe("decimate (LTTB)", () => {
  it("keeps every point when there are no more than the threshold", () => {
    expect(decimate(series([1, 2, 3]), 10)).toEqual([0, 1, 2]);
  });

  it("reduces a long series to the threshold, keeping the first, last and the extremes", () => {
    const ys = Array.from({ length: 1000 }, (_, i) => Math.sin(i / 50));
    ys[437] = 10; // a spike
    ys[612] = -10; // a trough
    const kept = decimate(series(ys), 100);
    expect(kept.length).toBe(100);
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(999);
    expect(kept).toContain(437);
    expect(kept).toContain(612);
    expect([...kept].sort((a, b) => a - b)).toEqual(kept);
  });

  it("always keeps the points marked to keep", () => {
    const ys = Array.from({ length: 500 }, () => 1);
    const kept = decimate(series(ys), 20, (i) => i === 250 || i === 251);
    expect(kept).toContain(250);
    expect(kept).toContain(251);
  });
});
