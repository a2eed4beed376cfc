import pg from "pg";
import { quoteIdent, toPoolConfig, type PgConnection } from "./connection.js";
import { createDb, type Db } from "./client.js";
import { withAdminClient } from "./admin.js";
import { applyMigrations } from "./migrate/index.js";
import { readMigrationsDir } from "./migrate/migrations-dir.js";
import { loadReferenceData, type SeedResult } from "./seed/load-reference.js";

export class DatabaseUnavailableError extends Error {
  override readonly name = "DatabaseUnavailableError";
}

/** Creates the database when it does not exist yet (used for the embedded server). */
export async function ensureDatabase(connection: PgConnection): Promise<void> {
  await withAdminClient(connection, async (admin) => {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [connection.database]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${quoteIdent(connection.database)}`);
  });
}

/** Fails with one clear message when the server cannot be reached. */
export async function checkConnection(connection: PgConnection): Promise<void> {
  const client = new pg.Client({ ...toPoolConfig(connection), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw new DatabaseUnavailableError(
      `Cannot reach PostgreSQL at ${connection.host}:${connection.port}/${connection.database}: ${(error as Error).message}`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface PreparedDatabase {
  db: Db;
  appliedMigrations: string[];
  seed: SeedResult | null;
}

/** Applies pending migrations and loads the reference plans into an empty database. */
export async function prepareDatabase(
  connection: PgConnection,
  options: { seedReference: boolean },
): Promise<PreparedDatabase> {
  await checkConnection(connection);
  const appliedMigrations = await applyMigrations(connection);
  const db = createDb(connection);
  const empty = (await db.plan.count()) === 0;
  const seed = options.seedReference && empty ? await loadReferenceData(db) : null;
  return { db, appliedMigrations, seed };
}

/** Migration folders not (successfully) applied to the database; all of them when it has no
 *  migration history. Only reads, so the app role can ask. */
export async function pendingMigrations(connection: PgConnection): Promise<string[]> {
  const expected = readMigrationsDir().migrationDirectories.map((d) => d.path);
  const client = new pg.Client({ ...toPoolConfig(connection), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const table = await client.query<{ t: string | null }>(
      "SELECT to_regclass('public._prisma_migrations')::text AS t",
    );
    if (!table.rows[0]?.t) return expected;
    const applied = await client.query<{ name: string }>(
      'SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const done = new Set(applied.rows.map((r) => r.name));
    return expected.filter((name) => !done.has(name));
  } finally {
    await client.end().catch(() => undefined);
  }
}
