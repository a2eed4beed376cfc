import { Prisma, readPlain, type PlainValue } from "@boordtabel/db";
import type { Reader } from "../transaction.js";
import { PUBLIC_READ, publicReadFrom } from "../settings/settings.service.js";

/** The data version every cached read is keyed by (docs/performance.md, "Versioned responses").
 *  It moves at the commit of every transaction that wrote to the data: statement triggers on
 *  the tables mark the transaction, a deferred trigger moves the version as it commits
 *  (migration 20261202090000_data_version). This call marks a transaction explicitly, for a write
 *  to a table added later without the trigger; marking twice costs nothing. */
export async function bumpDataVersion(tx: Reader): Promise<void> {
  await tx.$queryRaw`SELECT mark_data_changed_now()::text AS marked`;
}

/** The committed data version (one indexed row) and, in the same statement, whether anyone may
 *  read (the setting is data too: changing it moves the version). Read it BEFORE the data a
 *  response is built from: the response is then at least as new as the version it is stored
 *  under, so no instance can serve, under a version, data older than that version. */
export async function readDataState(db: Reader): Promise<{ version: string; publicRead: boolean }> {
  const rows = await readPlain<{ version: string | null; public_read: PlainValue }>(
    db,
    Prisma.sql`SELECT (SELECT version::text FROM data_version WHERE scope = 'all') AS version,
                      (SELECT value FROM app_setting WHERE key = ${PUBLIC_READ}) AS public_read`,
  );
  return { version: rows[0]?.version ?? "0", publicRead: publicReadFrom(rows[0]?.public_read ?? null) };
}
