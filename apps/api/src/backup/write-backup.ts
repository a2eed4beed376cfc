import { toPoolConfig, type PgConnection } from "@boordtabel/db";
import pg from "pg";
import { createWriteStream } from "node:fs";
import { createGzip } from "node:zlib";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import {
  APP_VERSION,
  BackupError,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupManifest,
  type BackupSequence,
  type BackupTable,
} from "./format.js";

/** The app's tables (the migration history travels as the manifest's list instead). */
export async function appTables(client: pg.Client): Promise<string[]> {
  const found = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
      ORDER BY table_name`,
  );
  return found.rows.map((r) => r.name);
}

/** Columns a restore can write (generated columns are computed again). */
export async function writableColumns(client: pg.Client, table: string): Promise<string[]> {
  const found = await client.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_attribute a
      WHERE a.attrelid = to_regclass(quote_ident($1)) AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY a.attnum`,
    [table],
  );
  return found.rows.map((r) => r.name);
}

async function sequences(client: pg.Client): Promise<BackupSequence[]> {
  const found = await client.query<{ name: string }>(
    `SELECT sequence_name AS name FROM information_schema.sequences
      WHERE sequence_schema = current_schema() ORDER BY sequence_name`,
  );
  const result: BackupSequence[] = [];
  for (const { name } of found.rows) {
    const state = await client.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value::text, is_called FROM ${client.escapeIdentifier(name)}`,
    );
    result.push({ name, lastValue: state.rows[0]!.last_value, isCalled: state.rows[0]!.is_called });
  }
  return result;
}

/** Writes every app table, the sequences and the applied migrations to `file` ("-": standard
 *  output), from one
 *  consistent snapshot (a read-only repeatable-read transaction: the app may keep running).
 *  Needs only read rights, so the app role can take it. */
export async function writeBackup(connection: PgConnection, file: string): Promise<BackupManifest> {
  const client = new pg.Client(toPoolConfig(connection));
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const schema = await client.query<{ t: string | null }>("SELECT to_regclass('_prisma_migrations')::text AS t");
    if (!schema.rows[0]?.t) {
      throw new BackupError(`The database ${connection.database} has no Boordtabel schema yet: nothing to back up.`);
    }
    const migrations = (
      await client.query<{ name: string }>(
        `SELECT migration_name AS name FROM "_prisma_migrations"
          WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      )
    ).rows.map((r) => r.name);
    const tables: BackupTable[] = [];
    const rowsByTable: string[][] = [];
    for (const name of await appTables(client)) {
      const rows = (
        await client.query<{ j: string }>(
          `SELECT row_to_json(t)::text AS j FROM ${client.escapeIdentifier(name)} t ORDER BY t::text`,
        )
      ).rows.map((r) => r.j);
      tables.push({ name, columns: await writableColumns(client, name), rows: rows.length });
      rowsByTable.push(rows);
    }
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: APP_VERSION,
      createdAt: new Date().toISOString(),
      migrations,
      tables,
      sequences: await sequences(client),
    };
    await client.query("COMMIT");
    await pipeline(
      Readable.from(lines(manifest, rowsByTable)),
      createGzip(),
      file === "-" ? process.stdout : createWriteStream(file, { mode: 0o600 }),
    );
    return manifest;
  } finally {
    await client.end();
  }
}

function* lines(manifest: BackupManifest, rowsByTable: string[][]): Generator<string> {
  yield `${JSON.stringify(manifest)}\n`;
  for (const rows of rowsByTable) for (const row of rows) yield `${row}\n`;
}
