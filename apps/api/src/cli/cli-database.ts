import { createDb, parseDatabaseUrl, startEmbeddedPostgres, type Db } from "@boordtabel/db";
import type { Env } from "../env.js";
import { assertMigrated, migrateAndSeed, prepareEmbeddedDatabase } from "./database-setup.js";

/** Runs a command-line task on the app's database (DATABASE_URL, or the embedded one started
 *  for the task), migrated the way `start` migrates it (as the owner role; not at all with
 *  BOORDTABEL_SKIP_MIGRATE=1, when the database must already be current), and stops what it
 *  started afterwards. */
export async function withCliDatabase<T>(env: Env, task: (db: Db) => Promise<T>): Promise<T> {
  let stop = (): Promise<void> => Promise.resolve();
  let connection;
  if (env.DATABASE_URL) {
    connection = parseDatabaseUrl(env.DATABASE_URL);
    if (env.BOORDTABEL_SKIP_MIGRATE === "0") await migrateAndSeed(connection, null);
  } else {
    const pg = await startEmbeddedPostgres({ dataDir: env.dataDir });
    stop = () => pg.stop();
    connection = await prepareEmbeddedDatabase(pg);
  }
  try {
    await assertMigrated(connection);
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
