import {
  applyMigrations,
  createDb,
  ensureDatabase,
  parseDatabaseUrl,
  startEmbeddedPostgres,
  withDatabase,
  type Db,
} from "@boordtabel/db";
import type { Env } from "../env.js";

/** Runs a command-line task on the app's database (DATABASE_URL, or the embedded one started
 *  for the task), migrated, and stops what it started afterwards. */
export async function withCliDatabase<T>(env: Env, task: (db: Db) => Promise<T>): Promise<T> {
  let stop = (): Promise<void> => Promise.resolve();
  let connection;
  if (env.DATABASE_URL) {
    connection = parseDatabaseUrl(env.DATABASE_URL);
  } else {
    const pg = await startEmbeddedPostgres({ dataDir: env.dataDir });
    stop = () => pg.stop();
    connection = withDatabase(pg.connection, "boordtabel");
    await ensureDatabase(connection);
  }
  try {
    await applyMigrations(connection);
    const db = createDb(connection);
    try {
      return await task(db);
    } finally {
      await db.$disconnect();
    }
  } finally {
    await stop();
  }
}
