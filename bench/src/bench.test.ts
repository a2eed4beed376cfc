import { toDatabaseUrl } from "@boordtabel/db";
import type {} from "@boordtabel/db/testing"; // the types of inject("pgServer")
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { describe, expect, it } from "vitest";
import { formatTable, runBench, writeResult } from "./run.js";

// A tiny run of the whole benchmark so the script cannot rot: a small synthetic dataset, the
// real server, every read and its baseline for a fraction of a second, the import and the web
// figures. It checks the shape of the results, never their speed.
describe("pnpm bench (smoke run)", () => {
  it("builds a labelled synthetic dataset, measures every read (cache hit, after a write) against the static floor and its SQL baseline and writes the JSON", async () => {
    const result = await runBench({
      scale: 0.01,
      durationMs: 200,
      warmupMs: 50,
      concurrencies: [1, 4],
      importRows: 40,
      webRuns: 1,
      databaseUrl: toDatabaseUrl(inject("pgServer")),
      databaseName: `bench_smoke_${process.pid}`,
    });
    expect(result.dataset).toMatchObject({ label: "synthetic", plans: 2, kpis: 8, series: 16, measurements: 576 });
    expect(result.api.map((r) => `${r.name}@${r.concurrency}`)).toEqual([
      "plan overview@1",
      "plan overview@4",
      "KPI detail with forecast@1",
      "KPI detail with forecast@4",
      "observations JSON export@1",
      "observations JSON export@4",
      "as-of plan overview@1",
      "as-of plan overview@4",
    ]);
    for (const read of result.api) {
      expect(read.p95_ms).toBeGreaterThan(0);
      expect(read.after_write_p95_ms).toBeGreaterThan(0);
      expect(read.floor_p95_ms).toBeGreaterThan(0);
      expect(read.baseline_p95_ms).toBeGreaterThan(0);
      expect(read.prepared_baseline_p95_ms).toBeGreaterThan(0);
      expect(read.ratio_p95).toBeCloseTo(read.p95_ms / read.baseline_p95_ms, 1);
      expect(read.ratio_after_write_prepared_p95).toBeCloseTo(
        read.after_write_p95_ms / read.prepared_baseline_p95_ms,
        1,
      );
      // A write to the KPI's own values is measured for the reads of one KPI, and only for them.
      const ofOneKpi = read.name === "KPI detail with forecast" || read.name === "observations JSON export";
      expect(read.after_own_write_p95_ms !== null, read.name).toBe(ofOneKpi);
      if (ofOneKpi)
        expect(read.ratio_after_own_write_p95).toBeCloseTo(read.after_own_write_p95_ms! / read.baseline_p95_ms, 1);
    }
    expect(result.server_rss_mb?.before).toBeGreaterThan(0);
    expect(result.import).toMatchObject({ rows: 40 });
    expect(result.import.seconds).toBeGreaterThan(0);
    // The import's CPU, ours and the database's (the test database runs on this Linux machine).
    expect(result.import.cpu_seconds.node).toBeGreaterThan(0);
    expect(result.import.cpu_seconds.postgres).toEqual(expect.any(Number));
    expect(result.web?.first_route_js_gzip_kb).toBeGreaterThan(50);
    expect(result.web?.first_chart_ms).toBeGreaterThan(0);

    const file = join(tmpdir(), `bench-smoke-${process.pid}.json`);
    writeResult(file, result);
    const written = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    expect(Object.keys(written)).toEqual(["machine", "dataset", "api", "server_rss_mb", "import", "web"]);
    expect(formatTable(result)).toMatch(/plan overview\s+1 /);
    // Two servers, a browser and four loops per read: minutes on a busy shared machine.
  }, 300_000);
});
