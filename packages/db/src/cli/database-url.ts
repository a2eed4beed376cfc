import { parseDatabaseUrl, type PgConnection } from "../connection.js";

/** The CLIs work on the server named by DATABASE_URL (for the embedded default, start the app
 *  once: it migrates and seeds on start). */
export function connectionFromEnv(): PgConnection {
  const url = process.env["DATABASE_URL"];
  if (!url) {
    console.error("Set DATABASE_URL (postgresql://user:password@host:port/database).");
    process.exit(2);
  }
  return parseDatabaseUrl(url);
}

export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
