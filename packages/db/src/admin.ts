import pg from "pg";
import { toPoolConfig, withDatabase, type PgConnection } from "./connection.js";

/** Runs `work` on a short-lived connection to the server's `postgres` database, for
 *  statements that cannot run inside the target database (CREATE/DROP DATABASE). */
export async function withAdminClient<T>(server: PgConnection, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(toPoolConfig(withDatabase(server, "postgres")));
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function adminQuery(server: PgConnection, statement: string): Promise<void> {
  await withAdminClient(server, (client) => client.query(statement));
}
