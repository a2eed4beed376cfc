// 100 000 rows through each write door — the multipart import and the REST POST — committed in
// one transaction each, and a server killed with SIGKILL in the middle of either write, which
// must leave the database as it was. Durations are printed, not asserted (the machine is shared).
import { DEMO_PASSWORD } from "@boordtabel/api";
import { callerFor, demoActors } from "@boordtabel/api/testing";
import { toDatabaseUrl } from "@boordtabel/db";
import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, openAsBlob, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { multipartBody } from "./multipart-test-support.js";
import { createTestServer, signIn, TEST_BASE_URL } from "./test-support.js";

const ROWS = 100_000;
const MEMBERS = 100;
/** 1 000 months, September 1942 to December 2025: 100 series × 1 000 months = 100 000 rows. */
const MONTHS = Array.from({ length: ROWS / MEMBERS }, (_, i) => {
  const n = 2025 * 12 + 11 - (ROWS / MEMBERS - 1) + i;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;
});
const members = Array.from({ length: MEMBERS }, (_, i) => `g${String(i + 1).padStart(3, "0")}`);
/** Connections of the child server carry this name (node-postgres reads PGAPPNAME). */
const CHILD_APP = "boordtabel-kill-test";

const appDir = fileURLToPath(new URL("../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "boordtabel-large-"));
const csvPath = join(dir, "boordtabel-IAB-import.csv");
let database: TestDatabase;
let server: ReturnType<typeof createTestServer>;
let editorCookie = "";
let adminToken = "";
let restBody = "";

/** A monthly count KPI of the IAB plan with one series per test municipality, made through the
 *  services as an admin would. */
async function monthlyKpiWithSeries(as: ReturnType<typeof callerFor>, code: string) {
  await as.kpi.save({
    code,
    plan: "IAB",
    nameNl: `Testindicator ${code}`,
    nameEn: `Test indicator ${code}`,
    kind: "count",
    unit: "count",
    decimals: 0,
    direction: "higher_is_better",
    frequency: "month",
  });
  for (const member of members) await as.kpi.addSeries({ kpi: code, members: { testgemeente: member } });
}

beforeAll(async () => {
  database = await createTestDatabase();
  const actors = await demoActors(database.db);
  const as = callerFor(database.db, actors.admin);
  await as.dimension.save({
    code: "testgemeente",
    nameNl: "Testgemeente",
    nameEn: "Test municipality",
    members: members.map((code, i) => ({ code, nameNl: `Gemeente ${i + 1}`, nameEn: `Municipality ${i + 1}` })),
  });
  await monthlyKpiWithSeries(as, "KPI-LOAD-IMPORT");
  await monthlyKpiWithSeries(as, "KPI-LOAD-REST");
  adminToken = (await as.token.create({ name: "large writes" })).token;

  // The plan's template columns, one row per series and month.
  const lines = ["kpi,series,period,value,status,source,comment,reason,expectedVersion"];
  for (const member of members)
    MONTHS.forEach((period, i) =>
      lines.push(`KPI-LOAD-IMPORT,testgemeente=${member},${period},${1000 + i},final,test,,,`),
    );
  writeFileSync(csvPath, `${lines.join("\n")}\n`);
  restBody = JSON.stringify({
    observations: members.flatMap((member) =>
      MONTHS.map((period, i) => ({
        period,
        value: 2000 + i,
        series: { testgemeente: member },
        workflow: "validated",
        source: "test",
      })),
    ),
  });

  server = createTestServer(database.db);
  await server.app.ready();
  editorCookie = await signIn(server, "editor@demo.boordtabel.be", DEMO_PASSWORD);
}, 600_000);

afterAll(async () => {
  await server?.stop();
  await database?.drop();
  rmSync(dir, { recursive: true, force: true });
});

/** The row count of every table, and a digest of the tables a write touches. */
async function fingerprint(): Promise<Record<string, string>> {
  const tables = await database.sql<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
  );
  const out: Record<string, string> = {};
  for (const { name } of tables.rows) {
    const { rows } = await database.sql<{ n: string }>(`SELECT count(*)::text AS n FROM "${name}"`);
    out[name] = rows[0]!.n;
  }
  for (const name of ["measurement", "measurement_version", "audit_log", "series_status"]) {
    const { rows } = await database.sql<{ d: string | null }>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS d FROM "${name}" t`,
    );
    out[`${name} digest`] = rows[0]!.d ?? "";
  }
  return out;
}

const childBackends = async (where = "true"): Promise<number> =>
  (
    await database.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE datname = current_database() AND application_name = $1 AND ${where}`,
      [CHILD_APP],
    )
  ).rows[0]!.n;

/** The start command on the test database, in its own process group (so SIGKILL reaches the
 *  server itself, not only a wrapper). */
async function startChild(): Promise<{ child: ChildProcess; url: string; exit: Promise<unknown> }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/start.ts"], {
    cwd: appDir,
    detached: true,
    env: {
      ...process.env,
      DATABASE_URL: toDatabaseUrl(database.connection),
      PGAPPNAME: CHILD_APP,
      PORT: "0",
      LOG_LEVEL: "warn",
      BOORDTABEL_SECRET: "kill-test-secret-kill-test-secret-0123",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise((resolve) => child.on("exit", resolve));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const match = /running at (http:\/\/\S+)/.exec(output);
    if (match) return { child, url: match[1]!, exit };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  process.kill(-child.pid!, "SIGKILL");
  throw new Error(`the server did not start:\n${output}`);
}

/** Starts a server, sends the write, and kills the server with SIGKILL as soon as the batch's
 *  transaction has written measurements; then waits until PostgreSQL has dropped the server's
 *  connections. Returns the fingerprints before the write (once the server is up: starting
 *  computes missing stored verdicts) and after the kill. */
async function killMidWrite(send: (url: string) => Promise<unknown>) {
  const child = await startChild();
  const before = await fingerprint();
  const sent = Date.now();
  const request = send(child.url).catch((error: unknown) => error);
  let writing = false;
  while (Date.now() - sent < 300_000 && child.child.exitCode === null) {
    // A transaction gets an id with its first write: the batch is under way, not committed.
    if ((await childBackends("backend_xid IS NOT NULL AND state <> 'idle' AND query ILIKE '%measurement%'")) > 0) {
      writing = true;
      break;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  process.kill(-child.child.pid!, "SIGKILL");
  await child.exit;
  await request;
  console.log(`killed with SIGKILL ${Date.now() - sent} ms after sending, while writing: ${writing}`);
  const deadline = Date.now() + 120_000;
  while ((await childBackends()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return { writing, before, after: await fingerprint() };
}

const timed = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
  const start = Date.now();
  const result = await run();
  console.log(`${label}: ${((Date.now() - start) / 1000).toFixed(1)} s`);
  return result;
};

describe("100 000 rows in one write", () => {
  it("a server killed with SIGKILL in the middle of a 100 000-row import leaves the database unchanged", async () => {
    const { writing, before, after } = await killMidWrite(async (url) => {
      const form = new FormData();
      form.append("dryRun", "false");
      form.append("plan", "IAB");
      form.append("file", await openAsBlob(csvPath), "boordtabel-IAB-import.csv");
      return fetch(`${url}/api/v1/import`, {
        method: "POST",
        body: form,
        headers: { authorization: `Bearer ${adminToken}` },
      });
    });
    expect(writing).toBe(true);
    expect(after).toEqual(before);
  }, 600_000);

  it("commits a 100 000-row CSV file through POST /api/v1/import in one transaction", async () => {
    const before = await database.db.measurementVersion.count();
    const auditBefore = await database.db.auditLog.count();
    const { payload, contentType } = await multipartBody(
      { name: "boordtabel-IAB-import.csv", content: readFileSync(csvPath) },
      { plan: "IAB", dryRun: "false" },
    );
    console.log(`import file: ${(payload.length / 1024 / 1024).toFixed(1)} MB, ${ROWS} rows`);
    const response = await timed("100 000 rows through POST /api/v1/import (commit)", () =>
      server.app.inject({
        method: "POST",
        url: "/api/v1/import",
        headers: { "content-type": contentType, cookie: editorCookie, origin: TEST_BASE_URL },
        payload,
      }),
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ committed: true, rows: ROWS, created: ROWS, revised: 0, errors: [] });
    expect(await database.db.measurementVersion.count()).toBe(before + ROWS);
    // One audit row per series, each listing its 1 000 values.
    expect(await database.db.auditLog.count()).toBe(auditBefore + MEMBERS);
  }, 600_000);

  it("a server killed with SIGKILL in the middle of a 100 000-row REST POST leaves the database unchanged", async () => {
    const { writing, before, after } = await killMidWrite((url) =>
      fetch(`${url}/api/v1/kpis/KPI-LOAD-REST/observations`, {
        method: "POST",
        body: restBody,
        headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json" },
      }),
    );
    expect(writing).toBe(true);
    expect(after).toEqual(before);
  }, 600_000);

  it("publishes 100 000 observations through the REST POST in one transaction", async () => {
    const before = await database.db.measurementVersion.count();
    console.log(`REST body: ${(restBody.length / 1024 / 1024).toFixed(1)} MB, ${ROWS} rows`);
    const response = await timed("100 000 rows through POST /api/v1/kpis/:code/observations (published)", () =>
      server.app.inject({
        method: "POST",
        url: "/api/v1/kpis/KPI-LOAD-REST/observations",
        headers: { "content-type": "application/json", authorization: `Bearer ${adminToken}` },
        payload: restBody,
      }),
    );
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ recorded: ROWS, workflow: "validated" });
    expect(await database.db.measurementVersion.count()).toBe(before + ROWS);
    // Published: every series of the KPI has its stored verdict, with the newest month.
    const statuses = await database.db.seriesStatus.findMany({
      where: { series: { kpi: { code: "KPI-LOAD-REST" }, key: { not: "total" } } },
      select: { latest: true },
    });
    expect(statuses).toHaveLength(MEMBERS);
    expect(statuses.every((s) => (s.latest as { period: string }).period === "2025-12")).toBe(true);
  }, 600_000);
});
