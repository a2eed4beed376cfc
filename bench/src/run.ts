import {
  adminQuery,
  ensureDatabase,
  parseDatabaseUrl,
  prepareDatabase,
  quoteIdent,
  startEmbeddedPostgres,
  toDatabaseUrl,
  withDatabase,
  type Db,
  type PgConnection,
} from "@boordtabel/db";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { refreshAllStoredVerdicts } from "@boordtabel/api";
import { buildDataset, shapeFor } from "./dataset.js";
import { measureImport, type ImportFigures } from "./import.js";
import { measureRead, readCases, type ReadResult } from "./reads.js";
import { startServer } from "./server.js";
import { startFloor } from "./floor.js";

/** At most this many different responses per read are copied to the floor's files. */
const FLOOR_FILES = 100;
import { measureWeb, type WebFigures } from "./web.js";

export const WEB_DIST = fileURLToPath(new URL("../../apps/web/dist/", import.meta.url));
const BENCH_DATABASE = "boordtabel_bench";

export interface BenchOptions {
  scale: number;
  durationMs: number;
  warmupMs: number;
  concurrencies: number[];
  importRows: number;
  webRuns: number;
  /** A server to use instead of a temporary embedded one (its admin connection). */
  databaseUrl?: string;
  /** Keep the server and database running after the dataset is built, until Ctrl-C (profiling). */
  keep?: boolean;
  /** Only the import against COPY (no server, reads or web): `pnpm bench --only import`. */
  only?: "import";
  /** The benchmark's own database on that server, created and dropped by the run. */
  databaseName?: string;
  log?: (line: string) => void;
}

export interface BenchResult {
  machine: { cpus: number; cpu_model: string; memory_gb: number; node: string; platform: string };
  dataset: Record<string, number | string>;
  api: ReadResult[];
  /** The server's resident memory before the reads and after the whole run, in MB. */
  server_rss_mb: { before: number; after_reads: number; after_import: number } | null;
  import: ImportFigures;
  /** Absent when the run measured the import only. */
  web: WebFigures | null;
}

/** Brings the freshly loaded dataset to the steady state of a database in use, as `pgbench -i`
 *  does after loading: `VACUUM (ANALYZE)` (the build rewrote every measurement once to set its
 *  published version, leaving 720 000 dead rows at scale 1 that autovacuum would otherwise clean
 *  up during the measurements, on the same two cores) and a `CHECKPOINT` (the build's dirty
 *  pages written now, not during the import). Without the rights for a checkpoint (another
 *  server, `BENCH_DATABASE_URL`), it is left to the server. */
async function settle(pool: pg.Pool, log: (line: string) => void): Promise<void> {
  await pool.query("VACUUM (ANALYZE)");
  try {
    await pool.query("CHECKPOINT");
  } catch (error) {
    log(`no CHECKPOINT after the build: ${(error as Error).message}`);
  }
}

/** Builds the synthetic dataset in a database of its own, starts the real server on it, and
 *  measures the reads, the import and the web app. Leaves nothing behind. */
export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const log = options.log ?? (() => undefined);
  const cleanups: (() => Promise<unknown>)[] = [];
  try {
    let server: PgConnection;
    if (options.databaseUrl) {
      server = parseDatabaseUrl(options.databaseUrl);
    } else {
      const dataDir = mkdtempSync(join(tmpdir(), "boordtabel-bench-"));
      chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as "postgres" and must enter it
      cleanups.push(() => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })));
      const embedded = await startEmbeddedPostgres({ dataDir: join(dataDir, "pg") });
      cleanups.push(() => embedded.stop());
      server = embedded.connection;
    }
    const name = quoteIdent(options.databaseName ?? BENCH_DATABASE);
    const connection = withDatabase(server, options.databaseName ?? BENCH_DATABASE);
    await adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await ensureDatabase(connection);
    cleanups.push(() => adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    const { db } = await prepareDatabase(connection, { seedReference: false });
    cleanups.push(() => db.$disconnect());

    const shape = shapeFor(options.scale);
    const pool = new pg.Pool({ connectionString: toDatabaseUrl(connection), max: Math.max(...options.concurrencies) });
    cleanups.push(() => pool.end());
    const buildStart = performance.now();
    const client = await pool.connect();
    const counts = await buildDataset(client, shape).finally(() => client.release());
    const statusStart = performance.now();
    await refreshAllStoredVerdicts(db);
    const settleStart = performance.now();
    await settle(pool, log);
    const dataset = {
      label: "synthetic",
      scale: options.scale,
      build_seconds: Math.round((statusStart - buildStart) / 100) / 10,
      status_seconds: Math.round((settleStart - statusStart) / 100) / 10,
      settle_seconds: Math.round((performance.now() - settleStart) / 100) / 10,
      ...counts,
    };
    log(`dataset: ${JSON.stringify(dataset)}`);

    if (options.only === "import") {
      const importFigures = await measureImportWith(pool, db, options.importRows, log);
      return { machine: machine(), dataset, api: [], server_rss_mb: null, import: importFigures, web: null };
    }

    const app = await startServer(toDatabaseUrl(connection));
    cleanups.push(() => app.stop());
    if (options.keep) {
      log(`kept running: ${app.url} on ${toDatabaseUrl(connection)} (Ctrl-C stops)`);
      await new Promise((resolve) => process.once("SIGINT", resolve));
    }
    const { rows: plans } = await pool.query<{ code: string }>(`SELECT code FROM plan ORDER BY code`);
    const { rows: kpis } = await pool.query<{ code: string }>(`SELECT code FROM kpi WHERE is_headline ORDER BY code`);
    const rssBefore = app.rssMb();
    const floorDir = mkdtempSync(join(tmpdir(), "boordtabel-floor-"));
    cleanups.push(() => Promise.resolve(rmSync(floorDir, { recursive: true, force: true })));
    const floor = await startFloor(floorDir);
    cleanups.push(() => floor.stop());
    const api: ReadResult[] = [];
    for (const read of readCases(
      plans.map((p) => p.code),
      kpis.map((k) => k.code),
    )) {
      const items = Math.min(read.items, FLOOR_FILES);
      const floorPaths = await floor.mirror(
        app.url,
        read.name,
        Array.from({ length: items }, (_, i) => read.path(i)),
      );
      // The rotation visits the same items on the floor as on the server.
      const rotating = { ...read, path: (i: number) => read.path(i % items) };
      for (const concurrency of options.concurrencies) {
        const result = await measureRead(
          app.url,
          pool,
          rotating,
          { concurrency, durationMs: options.durationMs, warmupMs: options.warmupMs },
          { url: floor.url, paths: floorPaths },
        );
        const own = result.after_own_write_p95_ms;
        log(
          `${read.name} c=${concurrency}: p95 ${result.p95_ms} ms hit, ${result.after_write_p95_ms} ms after a write` +
            (own === null ? ", " : `, ${own} ms after a write to its values, `) +
            `floor ${result.floor_p95_ms} ms, SQL ${result.baseline_p95_ms} ms (prepared ${result.prepared_baseline_p95_ms} ms)`,
        );
        api.push(result);
      }
    }
    const rssAfterReads = app.rssMb();
    const web = await measureWeb(app.url, WEB_DIST, kpis[0]!.code, options.webRuns);
    log(`web: ${JSON.stringify(web)}`);
    const importFigures = await measureImportWith(pool, db, options.importRows, log);
    const server_rss_mb = { before: rssBefore, after_reads: rssAfterReads, after_import: app.rssMb() };
    log(`server RSS: ${JSON.stringify(server_rss_mb)}`);
    return {
      machine: machine(),
      dataset,
      api,
      server_rss_mb,
      import: importFigures,
      web,
    };
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((e: Error) => console.error(e.message));
  }
}

const machine = () => ({
  cpus: cpus().length,
  cpu_model: cpus()[0]?.model ?? "unknown",
  memory_gb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
});

async function measureImportWith(pool: pg.Pool, db: Db, rows: number, log: (line: string) => void) {
  const client = await pool.connect();
  const figures = await measureImport(db, client, rows).finally(() => client.release());
  log(`import: ${JSON.stringify(figures)}`);
  return figures;
}

export function writeResult(path: string, result: BenchResult): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(result, null, 2) + "\n");
}

/** The table the CLI prints. */
export function formatTable(result: BenchResult): string {
  const header = [
    "read",
    "c",
    "hit p50",
    "hit p95",
    "hit req/s",
    "after-write p95",
    "own-write p95",
    "floor p95",
    "SQL p50",
    "SQL p95",
    "prep. SQL p95",
    "hit/SQL",
    "after-write/SQL",
    "after-write/prep. SQL",
    "own-write/SQL",
  ];
  const rows = result.api.map((r) =>
    [
      r.name,
      r.concurrency,
      r.p50_ms,
      r.p95_ms,
      r.rps,
      r.after_write_p95_ms,
      r.after_own_write_p95_ms ?? "-",
      r.floor_p95_ms,
      r.baseline_p50_ms,
      r.baseline_p95_ms,
      r.prepared_baseline_p95_ms,
      `${r.ratio_p95}×`,
      `${r.ratio_after_write_p95}×`,
      `${r.ratio_after_write_prepared_p95}×`,
      r.ratio_after_own_write_p95 === null ? "-" : `${r.ratio_after_own_write_p95}×`,
    ].map(String),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  const i = result.import;
  const w = result.web;
  const r = result.server_rss_mb;
  return [
    ...(rows.length ? [line(header), line(widths.map((n) => "-".repeat(n))), ...rows.map(line), ""] : []),
    ...(r
      ? [
          `server RSS: ${r.before} MB before the reads, ${r.after_reads} MB after them, ${r.after_import} MB after the import`,
        ]
      : []),
    `import: ${i.rows} rows in ${i.seconds} s (load average ${i.load_average.join(" → ")}; CPU: this process ${i.cpu_seconds.node} s, PostgreSQL ${i.cpu_seconds.postgres ?? "?"} s); COPY of the same rows ${i.baseline_copy_seconds} s (${i.ratio}×)`,
    ...(w
      ? [
          `web: first route ${w.first_route_js_gzip_kb ?? "–"} KB gzipped JS; first chart drawn after ${w.first_chart_ms ?? "–"} ms (median)${w.note ? ` (${w.note})` : ""}`,
        ]
      : []),
  ].join("\n");
}
