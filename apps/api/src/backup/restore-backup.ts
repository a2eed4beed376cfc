import { applyMigrations, readMigrationsDir, toPoolConfig, type PgConnection } from "@boordtabel/db";
import pg from "pg";
import { BackupError, type BackupManifest } from "./format.js";
import { readBackup } from "./read-backup.js";
import { appTables, writableColumns } from "./write-backup.js";

export interface RestoreOptions {
  /** Replaces the data of a database that has rows (emptied in the restore's transaction). */
  force?: boolean;
}

async function appliedMigrations(client: pg.Client): Promise<string[]> {
  const table = await client.query<{ t: string | null }>("SELECT to_regclass('_prisma_migrations')::text AS t");
  if (!table.rows[0]?.t) return [];
  return (
    await client.query<{ name: string }>(
      `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    )
  ).rows.map((r) => r.name);
}

/** Bookkeeping that the migrations themselves fill: a migrated database without data has it. */
const MIGRATION_ROWS = new Set(["data_version"]);

async function tablesWithRows(client: pg.Client): Promise<string[]> {
  const found: string[] = [];
  for (const table of await appTables(client)) {
    if (MIGRATION_ROWS.has(table)) continue;
    const any = await client.query(`SELECT 1 FROM ${client.escapeIdentifier(table)} LIMIT 1`);
    if (any.rowCount) found.push(table);
  }
  return found;
}

/** The foreign keys that check at once: a restore defers them to its end (the tables refer to
 *  each other in cycles, so no table order fits), then makes them immediate again. */
async function immediateForeignKeys(client: pg.Client): Promise<{ table: string; name: string }[]> {
  return (
    await client.query<{ table: string; name: string }>(
      `SELECT c.relname AS table, k.conname AS name FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
        WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace AND NOT k.condeferrable`,
    )
  ).rows;
}

function checkMigrations(manifest: BackupManifest, target: string[]): void {
  const known = new Set(readMigrationsDir().migrationDirectories.map((d) => d.path));
  if (known.size === 0) {
    throw new BackupError("No migrations found: set BOORDTABEL_PRISMA_DIR to the release's prisma/ folder.");
  }
  const unknown = manifest.migrations.filter((m) => !known.has(m));
  if (unknown.length) {
    throw new BackupError(
      `The backup was made by a newer version of the app (migrations unknown here: ${unknown.join(", ")}). ` +
        "Restore it with that version or a later one.",
    );
  }
  const inBackup = new Set(manifest.migrations);
  const ahead = target.filter((m) => !inBackup.has(m));
  if (ahead.length) {
    throw new BackupError(
      `The target database is migrated beyond the backup (${ahead.join(", ")}). ` +
        "Restore into a new, empty database; the app migrates it further on its next start.",
    );
  }
}

/** Loads a backup into the database at `owner` (the schema owner or a superuser): brings the
 *  schema to the backup's migrations, then writes every table, as it was, in one transaction
 *  with the foreign keys checked at its end and the app's own triggers off (no audit or data-version side effects), and sets every
 *  sequence where it stood. Refuses a database with rows unless `force`. Later migrations of
 *  this version are left to the migrate step (`start`, or `migrate`) that follows. */
export async function restoreBackup(
  owner: PgConnection,
  file: string,
  options: RestoreOptions = {},
): Promise<BackupManifest> {
  const { manifest, rows } = await readBackup(file);
  const client = new pg.Client(toPoolConfig(owner));
  await client.connect();
  try {
    checkMigrations(manifest, await appliedMigrations(client));
    const filled = await tablesWithRows(client);
    if (filled.length && !options.force) {
      throw new BackupError(
        `The target database is not empty (rows in ${filled.join(", ")}). ` +
          "Restore into an empty database, or pass --force to replace its data.",
      );
    }
    await applyMigrations(owner, { only: manifest.migrations });
    const tables = await appTables(client);
    const missing = manifest.tables.filter((t) => !tables.includes(t.name)).map((t) => t.name);
    if (missing.length) throw new BackupError(`The schema lacks tables of the backup: ${missing.join(", ")}.`);
    const quoted = (t: string) => client.escapeIdentifier(t);
    await client.query("BEGIN");
    try {
      for (const t of tables) await client.query(`ALTER TABLE ${quoted(t)} DISABLE TRIGGER USER`);
      const keys = await immediateForeignKeys(client);
      const alterKeys = async (how: string) => {
        for (const k of keys) {
          await client.query(`ALTER TABLE ${quoted(k.table)} ALTER CONSTRAINT ${quoted(k.name)} ${how}`);
        }
      };
      await alterKeys("DEFERRABLE INITIALLY DEFERRED");
      await client.query("SET CONSTRAINTS ALL DEFERRED");
      // Empty, or emptied with --force: also of the rows the migrations made.
      await client.query(`TRUNCATE ${tables.map(quoted).join(", ")}`);
      const byName = new Map(manifest.tables.map((t) => [t.name, t]));
      for (const [name, table] of byName) {
        const data = rows.get(name) ?? [];
        if (data.length === 0) continue;
        const target = new Set(await writableColumns(client, name));
        const absent = table.columns.filter((c) => !target.has(c));
        if (absent.length) throw new BackupError(`${name} lacks columns of the backup: ${absent.join(", ")}.`);
        const columns = table.columns.map(quoted).join(", ");
        await client.query(
          `INSERT INTO ${quoted(name)} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${quoted(name)}, $1::json)`,
          [`[${data.join(",")}]`],
        );
      }
      for (const s of manifest.sequences) {
        await client.query("SELECT setval(quote_ident($1)::regclass, $2::bigint, $3)", [
          s.name,
          s.lastValue,
          s.isCalled,
        ]);
      }
      await client.query("SET CONSTRAINTS ALL IMMEDIATE");
      await alterKeys("NOT DEFERRABLE");
      for (const t of tables) await client.query(`ALTER TABLE ${quoted(t)} ENABLE TRIGGER USER`);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
    return manifest;
  } finally {
    await client.end();
  }
}
