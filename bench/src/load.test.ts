import { describe, expect, it } from "vitest";
import { closedLoop, percentile } from "./load.js";

describe("the load generator", () => {
  it("reads percentiles the nearest-rank way", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
  });

  it("keeps the asked number of requests in flight and counts only those after the warm-up", async () => {
    let inFlight = 0;
    let most = 0;
    const result = await closedLoop(
      async () => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight--;
      },
      { concurrency: 4, durationMs: 200, warmupMs: 50 },
    );
    expect(most).toBe(4);
    expect(result.p50_ms).toBeGreaterThanOrEqual(4);
    expect(result.requests).toBeGreaterThan(40);
    expect(result.requests).toBeLessThan(4 * (200 / 4) + 8);
  });
});
