// The production set-up as an operator runs it, from the artifact the image contains: a
// separate PostgreSQL, the migrate job as the schema owner, two instances as the app role,
// nginx in front.
import { findFreePort, toDatabaseUrl, type PgConnection } from "@boordtabel/db";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { request as httpRequest } from "node:http";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  call,
  productionArtifact,
  runArtifact,
  startInstance,
  startNginx,
  startPostgresServer,
  waitFor,
  type Instance,
  type PostgresServer,
} from "./processes.js";

const root = mkdtempSync(join(tmpdir(), "boordtabel-production-"));
chmodSync(root, 0o755);
const ADMIN = { email: "beheer@example.be", password: "production-admin-password" };
const SECRET = "production-test-secret-0123456789abcdef";

let artifact: string;
let server: PostgresServer;
let superuser: PgConnection;
let appUrl: string;
let instances: Instance[] = [];
let nginx: { stop(): void } | undefined;
let proxyUrl: string;
let instanceEnv: Record<string, string>;

async function superQuery<T extends pg.QueryResultRow>(sql: string, database = "postgres"): Promise<T[]> {
  const client = new pg.Client({ ...superuser, database });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const cookiesOf = (answer: { headers: Record<string, string | string[] | undefined> }) =>
  [answer.headers["set-cookie"] ?? []]
    .flat()
    .map((c) => c.split(";")[0])
    .join("; ");

const signIn = (url: string, from: string, email: string, password: string, extra: Record<string, string> = {}) =>
  call(`${url}/api/auth/sign-in/email`, {
    method: "POST",
    from,
    headers: { "content-type": "application/json", origin: proxyUrl, ...extra },
    body: JSON.stringify({ email, password }),
  });

const sessionUser = async (port: number, cookie: string): Promise<string | null> => {
  const answer = await call(`http://127.0.0.1:${port}/api/auth/get-session`, { headers: { cookie } });
  const body = JSON.parse(answer.text || "null") as { user?: { email: string } } | null;
  return body?.user?.email ?? null;
};

beforeAll(async () => {
  artifact = productionArtifact();
  server = startPostgresServer(root, await findFreePort());
  superuser = { host: "127.0.0.1", port: server.port, ...server.superuser, database: "postgres" };
  // What an operator (or the postgres image's init) does once: the schema owner and its database.
  await superQuery("CREATE ROLE boordtabel_owner LOGIN CREATEROLE PASSWORD 'owner-password-test'");
  await superQuery("CREATE DATABASE boordtabel OWNER boordtabel_owner");
  const owner = { ...superuser, user: "boordtabel_owner", password: "owner-password-test", database: "boordtabel" };
  const app = { ...owner, user: "boordtabel_app", password: "app-password-test" };
  appUrl = toDatabaseUrl(app);

  const migrate = runArtifact(artifact, "migrate", {
    DATABASE_URL: toDatabaseUrl(owner),
    BOORDTABEL_APP_ROLE: "boordtabel_app",
    BOORDTABEL_APP_PASSWORD: app.password,
  });
  expect(await migrate.exit, migrate.output()).toBe(0);
  const admin = runArtifact(
    artifact,
    "admin-create",
    { DATABASE_URL: appUrl, BOORDTABEL_SKIP_MIGRATE: "1", BOORDTABEL_ADMIN_PASSWORD: ADMIN.password },
    ["--email", ADMIN.email, "--name", "Beheer Productie"],
  );
  expect(await admin.exit, admin.output()).toBe(0);

  const ports = [await findFreePort(), await findFreePort()];
  const proxyPort = await findFreePort();
  proxyUrl = `http://127.0.0.1:${proxyPort}`;
  instanceEnv = {
    NODE_ENV: "production",
    DATABASE_URL: appUrl,
    BOORDTABEL_SKIP_MIGRATE: "1",
    BOORDTABEL_SECRET: SECRET,
    PUBLIC_URL: proxyUrl,
    TRUST_PROXY: "127.0.0.1",
    SIGN_IN_LIMIT_PER_ADDRESS: "3",
    SIGN_IN_LIMIT_PER_ACCOUNT: "3",
    LOG_LEVEL: "warn",
  };
  instances = await Promise.all(ports.map((port) => startInstance(artifact, port, instanceEnv)));
  nginx = startNginx(root, proxyPort, ports);
  expect(await waitFor(async () => (await call(`${proxyUrl}/readyz`)).status === 200, 20_000)).toBe(true);
}, 900_000);

afterAll(async () => {
  for (const instance of instances) instance.child.kill("SIGKILL");
  nginx?.stop();
  try {
    server?.stop("immediate");
  } catch {
    /* already stopped */
  }
  await new Promise((r) => setTimeout(r, 500));
  rmSync(root, { recursive: true, force: true });
});

describe("production: two instances from the artifact behind nginx", () => {
  it("runs as the app role only, after the migrate job ran as the owner", async () => {
    const users = await superQuery<{ usename: string }>(
      "SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = 'boordtabel' AND pid <> pg_backend_pid()",
    );
    expect(users.map((u) => u.usename)).toEqual(["boordtabel_app"]);
    const tables = await superQuery<{ owner: string }>(
      "SELECT DISTINCT tableowner AS owner FROM pg_tables WHERE schemaname = 'public'",
      "boordtabel",
    );
    expect(tables.map((t) => t.owner)).toEqual(["boordtabel_owner"]);
  });

  it("shares sessions: made through one instance, valid on the other; signed out on one, gone on both", async () => {
    const answer = await signIn(`http://127.0.0.1:${instances[0]!.port}`, "127.0.0.3", ADMIN.email, ADMIN.password);
    expect(answer.status, answer.text).toBe(200);
    const cookie = cookiesOf(answer);
    expect(await sessionUser(instances[1]!.port, cookie)).toBe(ADMIN.email);
    // A write through B (the sign-out deletes the session row) is read at once through A.
    const out = await call(`http://127.0.0.1:${instances[1]!.port}/api/auth/sign-out`, {
      method: "POST",
      headers: { cookie, origin: proxyUrl, "content-type": "application/json" },
      body: "{}",
    });
    expect(out.status).toBe(200);
    expect(await sessionUser(instances[0]!.port, cookie)).toBeNull();
  });

  it("keys the sign-in limit on the client address nginx forwards, shared by both instances", async () => {
    const statuses = [];
    // Different accounts, one client address, round-robin over both instances.
    for (let i = 1; i <= 4; i++) {
      statuses.push((await signIn(proxyUrl, "127.0.0.5", `nobody${i}@example.be`, "wrong-password-123")).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    // Another client is not affected, even when it claims to be the first one.
    const other = await signIn(proxyUrl, "127.0.0.6", "nobody9@example.be", "wrong-password-123", {
      "x-forwarded-for": "127.0.0.5",
    });
    expect(other.status).toBe(401);
  });

  it("answers through the proxy with the security headers and compression", async () => {
    const answer = await call(`${proxyUrl}/`, { headers: { "accept-encoding": "br, gzip" } });
    expect(answer.status).toBe(200);
    expect(answer.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(answer.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(answer.headers["referrer-policy"]).toBe("same-origin");
    expect(answer.headers["content-encoding"]).toBe("br");
    expect(answer.headers["strict-transport-security"]).toBeUndefined(); // plain http
    const https = await call(`http://127.0.0.1:${instances[0]!.port}/healthz`, {
      headers: { "x-forwarded-proto": "https" },
    });
    expect(https.headers["strict-transport-security"]).toContain("max-age=");
  });

  it("reports not ready while PostgreSQL is down and recovers without a restart", async () => {
    const port = instances[0]!.port;
    server.stop("fast");
    const down = await call(`http://127.0.0.1:${port}/readyz`);
    expect(down.status).toBe(503);
    expect(JSON.parse(down.text)).toMatchObject({
      error: { code: "UNAVAILABLE", data: { httpStatus: 503, messageKey: "health.database" } },
    });
    expect((await call(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    server.start();
    expect(await waitFor(async () => (await call(`http://127.0.0.1:${port}/readyz`)).status === 200, 30_000)).toBe(
      true,
    );
    const plans = await call(`http://127.0.0.1:${port}/api/v1/plans`);
    expect(plans.status).toBe(200);
  }, 120_000);

  it("finishes the request in flight on SIGTERM, then exits 0", async () => {
    const instance = instances[1]!;
    const body = JSON.stringify({ email: ADMIN.email, password: "wrong-password-123" });
    const answered = new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        `http://127.0.0.1:${instance.port}/api/auth/sign-in/email`,
        {
          method: "POST",
          localAddress: "127.0.0.7",
          headers: { "content-type": "application/json", origin: proxyUrl, "content-length": Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        },
      );
      req.on("error", reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        instance.child.kill("SIGTERM");
        setTimeout(() => req.end(body.slice(10)), 500);
      }, 300);
    });
    expect(await answered).toBe(401);
    expect(await instance.exit).toBe(0);
    expect(instance.output()).toContain("Stopped.");
    expect((await call(`${proxyUrl}/readyz`)).status).toBe(200); // nginx uses the one left
  }, 60_000);

  it("serves again after kill -9 and a plain restart", async () => {
    const crashed = instances[0]!;
    crashed.child.kill("SIGKILL");
    await crashed.exit;
    instances[0] = await startInstance(artifact, crashed.port, instanceEnv);
    expect((await call(`http://127.0.0.1:${crashed.port}/readyz`)).status).toBe(200);
  }, 120_000);
});
