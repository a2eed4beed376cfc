import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient, type Prisma } from "./generated/prisma/client.js";
import { toPoolConfig, type PgConnection } from "./connection.js";
import { statementNamer } from "./statement-names.js";
import { registerCopyPool } from "./copy-out.js";

export type Db = PrismaClient;

export interface DbOptions {
  /** Called with every SQL statement; the query-count tests use it. */
  onQuery?: (sql: string) => void;
  poolSize?: number;
}

/** A column value of a plain read: what `pg` and Prisma's `$queryRaw` both give alike (int4,
 *  float8, text, bool, timestamptz, json). Not bigint or numeric: `pg` gives their text, Prisma a
 *  BigInt or a Decimal, so a plain read casts them (`::int`, `::float8`, `::text`). */
export type PlainValue = string | number | boolean | Date | null | PlainValue[] | { [key: string]: unknown };

type PlainRead = <T extends Record<string, PlainValue>>(query: Prisma.Sql) => Promise<T[]>;

/** Each client's plain-read path: the pool it shares with Prisma's adapter, outside Prisma. */
const plainReads = new WeakMap<object, PlainRead>();

export function createDb(connection: PgConnection, options: DbOptions = {}): Db {
  // One pool, shared by Prisma and the plain reads (so they count against one bound).
  const pool = new pg.Pool({ ...toPoolConfig(connection), max: options.poolSize ?? 10 });
  const nameOf = statementNamer();
  const adapter = new PrismaPg(pool, {
    // Prepared by name: parsed once per connection, planned once where PostgreSQL sees fit.
    // (No name, past the bound, means unnamed: pg takes `name: undefined` as before.)
    statementNameGenerator: (query) => nameOf(query.sql) as string,
    disposeExternalPool: true,
  });
  const client = new PrismaClient({
    adapter,
    log: options.onQuery ? [{ emit: "event", level: "query" }] : [],
  });
  const onQuery = options.onQuery;
  if (onQuery) client.$on("query" as never, (event: { query: string }) => onQuery(event.query));
  const plainName = statementNamer(undefined, "p_");
  plainReads.set(client, async <T>(query: Prisma.Sql) => {
    onQuery?.(query.text);
    const result = await pool.query<T & pg.QueryResultRow>({
      name: plainName(query.text),
      text: query.text,
      values: query.values,
    });
    return result.rows;
  });
  registerCopyPool(client, pool, onQuery);
  return client;
}

/** Whether `db` is the client itself (not a transaction's): what it reads is committed, so a
 *  read may keep what it built from it for other requests. */
export const isRootClient = (db: Db | Prisma.TransactionClient): boolean => plainReads.has(db);

/**
 * Rows of one statement, read through `pg` directly when `db` is the client itself, or through
 * `$queryRaw` inside a transaction. The hottest reads (the data version, a KPI's values, the
 * plan overview's rows) take this path: Prisma's per-statement work (its request pipeline and
 * turning every cell into its own typed value) cost 0.4 ms per statement and, for a KPI's 360
 * values, 1.8 ms of CPU where `pg` takes 0.7 ms (docs/performance.md). The columns must be of the
 * types both give alike (`PlainValue`); a test holds the two paths equal for each such read.
 */
export function readPlain<T extends Record<string, PlainValue>>(
  db: Db | Prisma.TransactionClient,
  query: Prisma.Sql,
): Promise<T[]> {
  const direct = plainReads.get(db);
  return direct ? direct<T>(query) : db.$queryRaw<T[]>(query);
}
