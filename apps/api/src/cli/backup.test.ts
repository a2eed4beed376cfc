// Backup and restore (issue 17, item 4): a round trip through the backup file gives back every
// table row for row, the audit log byte for byte and every sequence where it stood; a database
// with rows is refused untouched unless --force.
import { ensureDemoAccounts } from "@boordtabel/api";
import { APP_ROLE, ensureDatabaseRoles, grantAppRole } from "@boordtabel/db";
import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { restoreBackup } from "../backup/restore-backup.js";
import { writeBackup } from "../backup/write-backup.js";

/** md5 of each table's rows in a fixed order, and each sequence's position. The migration
 *  history is compared by name: its rows hold when each migration ran. */
async function snapshot(database: TestDatabase): Promise<Record<string, string>> {
  const tables = (
    await database.sql<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
    )
  ).rows.map((r) => r.name);
  const result: Record<string, string> = {};
  for (const t of tables) {
    const row = (
      await database.sql<{ hash: string }>(
        t === "_prisma_migrations"
          ? `SELECT string_agg(migration_name, ',' ORDER BY migration_name) AS hash FROM "_prisma_migrations"`
          : `SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS hash FROM "${t}" x`,
      )
    ).rows[0]!;
    result[t] = row.hash;
  }
  const sequences = await database.sql<{ name: string }>(
    `SELECT sequence_name AS name FROM information_schema.sequences WHERE sequence_schema = current_schema()`,
  );
  for (const { name } of sequences.rows) {
    const s = (await database.sql<{ v: string }>(`SELECT last_value || '/' || is_called AS v FROM "${name}"`)).rows[0]!;
    result[`sequence ${name}`] = s.v;
  }
  return result;
}

const auditText = (database: TestDatabase) =>
  database
    .sql<{ row: string }>(`SELECT a::text AS row FROM audit_log a ORDER BY id`)
    .then((r) => r.rows.map((x) => x.row));

let source: TestDatabase;
const targets: TestDatabase[] = [];
let dir = "";
let file = "";
let expected: Record<string, string>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "boordtabel-backup-"));
  file = join(dir, "boordtabel.backup.gz");
  source = await createTestDatabase();
  await ensureDemoAccounts(source.db);
  // Values that a lossy format would change: microseconds, unicode, quotes, newlines, JSON.
  await source.sql(
    `INSERT INTO audit_log (at, actor_label, action, entity_type, entity_id, before, after, reason)
     VALUES ('2026-12-01 23:59:59.123+01', 'Anaïs “Q” O''Brien', 'indicator.update', 'indicator', 'IAB-1',
             '{"value": 12.50, "note": "a\\nb"}', '{"value": 13, "tags": ["é", "\\u00e9x"]}', E'line one\\nline\\ttwo')`,
  );
  await source.sql(`UPDATE plan SET short_title_en = 'Backup test — “quoted”' WHERE id = (SELECT min(id) FROM plan)`);
  await writeBackup(source.connection, file);
  expected = await snapshot(source);
}, 120_000);

afterAll(async () => {
  await source?.drop();
  for (const t of targets) await t.drop();
  rmSync(dir, { recursive: true, force: true });
});

async function target(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const database = await createTestDatabase(options);
  targets.push(database);
  return database;
}

describe("pnpm db:backup and db:restore", () => {
  it("restores every table, sequence and the audit log into an empty database exactly as backed up", async () => {
    const fresh = await target({ empty: true });
    await restoreBackup(fresh.connection, file);
    expect(await snapshot(fresh)).toEqual(expected);
    expect(await auditText(fresh)).toEqual(await auditText(source));
  });

  it("leaves the app's triggers on and the sequences continuing after a restore", async () => {
    const fresh = await target({ empty: true });
    await restoreBackup(fresh.connection, file);
    await expect(fresh.sql(`UPDATE audit_log SET reason = 'x'`)).rejects.toThrow(/append-only/);
    const before = await fresh.sql<{ max: string }>(`SELECT max(id)::text AS max FROM audit_log`);
    const added = await fresh.sql<{ id: string }>(
      `INSERT INTO audit_log (actor_label, action, entity_type, entity_id) VALUES ('t', 'x', 'y', 'z') RETURNING id::text`,
    );
    expect(BigInt(added.rows[0]!.id)).toBeGreaterThan(BigInt(before.rows[0]!.max));
  });

  it("refuses a database that has rows, naming them, and changes nothing", async () => {
    const seeded = await target();
    const before = await snapshot(seeded);
    await expect(restoreBackup(seeded.connection, file)).rejects.toThrow(/not empty \(rows in .*plan.*\).*--force/);
    expect(await snapshot(seeded)).toEqual(before);
  });

  it("replaces the data of a database that has rows with --force", async () => {
    const seeded = await target();
    await seeded.sql(
      `INSERT INTO audit_log (actor_label, action, entity_type, entity_id) VALUES ('gone', 'x', 'y', 'z')`,
    );
    await restoreBackup(seeded.connection, file, { force: true });
    expect(await snapshot(seeded)).toEqual(expected);
  });

  it("backs up as the app role (read rights only) and restores as the schema owner (no superuser)", async () => {
    // The passwords the other least-privilege tests use: the roles are the server's, shared.
    const passwords = { owner: "owner-password-test", app: "app-password-test" };
    const server = inject("pgServer");
    const sourceRoles = await ensureDatabaseRoles(server, source.connection.database, passwords);
    await grantAppRole(sourceRoles.owner, APP_ROLE);
    const appFile = join(dir, "as-app.backup.gz");
    await writeBackup(sourceRoles.app, appFile);
    const fresh = await target({ empty: true });
    const freshRoles = await ensureDatabaseRoles(server, fresh.connection.database, passwords);
    await restoreBackup(freshRoles.owner, appFile);
    expect(await snapshot(fresh)).toEqual(expected);
  });

  it("refuses a file that is not a backup, is cut short or comes from a newer version", async () => {
    const fresh = await target({ empty: true });
    const { writeFileSync, readFileSync } = await import("node:fs");
    const { gzipSync, gunzipSync } = await import("node:zlib");
    const notBackup = join(dir, "not.gz");
    writeFileSync(notBackup, gzipSync("hello\n"));
    await expect(restoreBackup(fresh.connection, notBackup)).rejects.toThrow(/not a Boordtabel backup/);
    const lines = gunzipSync(readFileSync(file)).toString("utf8").split("\n");
    const cut = join(dir, "cut.gz");
    writeFileSync(cut, gzipSync(lines.slice(0, 5).join("\n")));
    await expect(restoreBackup(fresh.connection, cut)).rejects.toThrow(/incomplete/);
    const manifest = JSON.parse(lines[0]!) as { migrations: string[] };
    manifest.migrations.push("29991231000000_from_the_future");
    const newer = join(dir, "newer.gz");
    writeFileSync(newer, gzipSync([JSON.stringify(manifest), ...lines.slice(1)].join("\n")));
    await expect(restoreBackup(fresh.connection, newer)).rejects.toThrow(
      /newer version .*29991231000000_from_the_future/,
    );
    expect((await fresh.sql(`SELECT to_regclass('plan') AS t`)).rows[0]!.t).toBeNull();
  });
});
