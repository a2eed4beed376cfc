import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client.js";
import { toPoolConfig, type PgConnection } from "./connection.js";
import { statementNamer } from "./statement-names.js";

export type Db = PrismaClient;

export interface DbOptions {
  /** Called with every SQL statement; the query-count tests use it. */
  onQuery?: (sql: string) => void;
  poolSize?: number;
}

export function createDb(connection: PgConnection, options: DbOptions = {}): Db {
  const nameOf = statementNamer();
  const adapter = new PrismaPg(
    { ...toPoolConfig(connection), max: options.poolSize ?? 10 },
    // Prepared by name: parsed once per connection, planned once where PostgreSQL sees fit.
    // (No name, past the bound, means unnamed: pg takes `name: undefined` as before.)
    { statementNameGenerator: (query) => nameOf(query.sql) as string },
  );
  const client = new PrismaClient({
    adapter,
    log: options.onQuery ? [{ emit: "event", level: "query" }] : [],
  });
  if (options.onQuery) {
    const onQuery = options.onQuery;
    client.$on("query" as never, (event: { query: string }) => onQuery(event.query));
  }
  return client;
}
