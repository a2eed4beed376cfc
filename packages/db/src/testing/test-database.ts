import { inject } from "vitest";
import pg from "pg";
import { randomUUID } from "node:crypto";
import { quoteIdent, toPoolConfig, withDatabase, type PgConnection } from "../connection.js";
import { createDb, type Db, type DbOptions } from "../client.js";
import { adminQuery } from "../admin.js";

declare module "vitest" {
  export interface ProvidedContext {
    pgServer: PgConnection;
    templateDatabase: string;
  }
}

export interface TestDatabase {
  connection: PgConnection;
  db: Db;
  /** Runs raw SQL outside Prisma (constraint tests, fixtures). */
  sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<T>>;
  drop(): Promise<void>;
}

/** A fresh database for one test file: a clone of the migrated and seeded template, or an
 *  empty one (`{ empty: true }`) for migration tests. */
export async function createTestDatabase(options: { empty?: boolean; db?: DbOptions } = {}): Promise<TestDatabase> {
  const server = inject("pgServer");
  const name = `test_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  const template = options.empty ? "template0" : inject("templateDatabase");
  await adminQuery(server, `CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`);
  const connection = withDatabase(server, name);
  const db = createDb(connection, options.db);
  const pool = new pg.Pool({ ...toPoolConfig(connection), max: 2 });
  return {
    connection,
    db,
    sql: (text, values) => pool.query(text, values),
    async drop() {
      await db.$disconnect();
      await pool.end();
      await adminQuery(server, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    },
  };
}
