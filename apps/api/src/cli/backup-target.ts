import { parseDatabaseUrl, startEmbeddedPostgres, type PgConnection } from "@boordtabel/db";
import { resolve } from "node:path";
import type { Env } from "../env.js";
import { embeddedOwner } from "./database-setup.js";

/** The path as the operator typed it: pnpm runs the script in apps/api, INIT_CWD is where
 *  the command was given. */
export function operatorPath(file: string): string {
  return resolve(process.env["INIT_CWD"] ?? process.cwd(), file);
}

/** Runs `task` on DATABASE_URL, or on the embedded server's database as its owner (started
 *  for the task and stopped afterwards). Tells whether the embedded server was used. */
export async function withBackupTarget<T>(
  env: Env,
  task: (connection: PgConnection, embedded: boolean) => Promise<T>,
): Promise<T> {
  if (env.DATABASE_URL) return task(parseDatabaseUrl(env.DATABASE_URL), false);
  const pg = await startEmbeddedPostgres({ dataDir: env.dataDir });
  try {
    return await task(await embeddedOwner(pg), true);
  } finally {
    await pg.stop();
  }
}
