/** A closed-loop load generator: `concurrency` workers each send the next request as soon as
 *  the previous one answered, for `durationMs` after a warm-up. The same loop drives the HTTP
 *  reads and the raw-SQL baseline, so both are measured the same way. */
export interface LoadResult {
  requests: number;
  p50_ms: number;
  p95_ms: number;
  rps: number;
}

export interface LoadOptions {
  concurrency: number;
  durationMs: number;
  warmupMs: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** `before` runs ahead of each request, outside its timing (e.g. a write, for "first read after
 *  a write"). */
export async function closedLoop(
  request: (i: number) => Promise<void>,
  options: LoadOptions,
  before?: (i: number) => Promise<void>,
): Promise<LoadResult> {
  let counter = 0;
  const run = async (until: number, latencies: number[] | null) => {
    const workers = Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < until) {
        const i = counter++;
        await before?.(i);
        const start = performance.now();
        await request(i);
        latencies?.push(performance.now() - start);
      }
    });
    await Promise.all(workers);
  };
  await run(performance.now() + options.warmupMs, null);
  const latencies: number[] = [];
  const start = performance.now();
  await run(start + options.durationMs, latencies);
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    p50_ms: round(percentile(latencies, 50)),
    p95_ms: round(percentile(latencies, 95)),
    rps: round(latencies.length / elapsed, 1),
  };
}
