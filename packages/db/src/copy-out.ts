import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import type { Db } from "./client.js";
import type { Prisma } from "./generated/prisma/client.js";

/** A row of a binary COPY: each column's bytes as PostgreSQL sends them (for text, its UTF-8;
 *  for int4, four bytes big-endian), null for SQL NULL. The buffers are views into one shared
 *  buffer: copy what you keep. */
export type CopiedRow = (Buffer | null)[];

/** Each client's pool, for the reads that stream through COPY, and its statement listener. */
const pools = new WeakMap<object, { pool: pg.Pool; onQuery: ((sql: string) => void) | undefined }>();

export const registerCopyPool = (client: Db, pool: pg.Pool, onQuery?: (sql: string) => void) =>
  void pools.set(client, { pool, onQuery });

/** The 11-byte signature that opens PostgreSQL's binary COPY format. */
const SIGNATURE = Buffer.from("PGCOPY\n\xff\r\n\0", "latin1");

/**
 * The rows of one SELECT as raw bytes, through `COPY (…) TO STDOUT (FORMAT binary)`: nothing is
 * decoded into JavaScript strings. `pg` decodes every text column it reads (a text of 80 KB with
 * one character beyond Latin-1 becomes a two-byte string of 160 KB in V8's old generation), which
 * a read that only passes the bytes on pays for twice — decoding, then encoding again — and in
 * garbage collection (docs/performance.md, change 31). COPY takes no parameters, so the query
 * must have none (inline what it needs, e.g. integers, with `Prisma.raw`).
 *
 * Only on the client itself, whose pool it borrows a connection from: `undefined` inside a
 * transaction (a transaction's connection is Prisma's), where the caller reads as usual.
 */
export async function copyOut(db: Db | Prisma.TransactionClient, query: Prisma.Sql): Promise<CopiedRow[] | undefined> {
  const registered = pools.get(db);
  if (!registered) return undefined;
  if (query.values.length > 0) throw new Error("copyOut takes a query without parameters.");
  const text = `COPY (${query.text}) TO STDOUT (FORMAT binary)`;
  registered.onQuery?.(text);
  const client = await registered.pool.connect();
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of client.query(copyTo(text))) chunks.push(chunk as Buffer);
  } catch (error) {
    // A connection whose COPY failed midway may be in any state: the pool closes it.
    client.release(error instanceof Error ? error : true);
    throw error;
  }
  client.release();
  return parseBinaryCopy(Buffer.concat(chunks));
}

/** The rows of PostgreSQL's binary COPY format: the signature, flags and header extension, then
 *  per row a 16-bit field count and per field a 32-bit length (-1 for NULL) and its bytes, ended
 *  by a field count of -1. */
export function parseBinaryCopy(data: Buffer): CopiedRow[] {
  if (data.length < 19 || !data.subarray(0, 11).equals(SIGNATURE))
    throw new Error("Not PostgreSQL's binary COPY format.");
  let at = 19 + data.readInt32BE(15);
  const rows: CopiedRow[] = [];
  for (;;) {
    const count = data.readInt16BE(at);
    at += 2;
    if (count === -1) return rows;
    const row: CopiedRow = [];
    for (let i = 0; i < count; i++) {
      const length = data.readInt32BE(at);
      at += 4;
      if (length < 0) {
        row.push(null);
        continue;
      }
      if (at + length > data.length) throw new Error("Binary COPY data ends inside a field.");
      row.push(data.subarray(at, at + length));
      at += length;
    }
    rows.push(row);
  }
}
