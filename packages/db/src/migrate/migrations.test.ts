import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { paths } from "../paths.js";
import { createTestDatabase, type TestDatabase } from "../testing/index.js";
import { applyMigrations, diffMigrationsToSchema } from "./index.js";

const migrationFolders = readdirSync(paths.migrationsDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe("migrations", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
  });
  afterAll(() => database.drop());

  it("apply every folder of prisma/migrations to an empty database and record them like prisma migrate", async () => {
    expect(await applyMigrations(database.connection)).toEqual(migrationFolders);
    const recorded = await database.sql<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
    );
    expect(recorded.rows.map((r) => r.migration_name)).toEqual(migrationFolders);
  });

  it("apply nothing a second time", async () => {
    expect(await applyMigrations(database.connection)).toEqual([]);
  });

  it("leave no difference between schema.prisma and prisma/migrations", async () => {
    expect(await diffMigrationsToSchema(database.connection)).toBe("");
  });

  it("report the difference when schema.prisma changes without a migration", async () => {
    const dir = mkdtempSync(join(tmpdir(), "boordtabel-drift-"));
    const changed = join(dir, "schema.prisma");
    const original = readFileSync(paths.schemaFile, "utf8");
    writeFileSync(changed, original.replace("model AppSetting {", "model AppSetting {\n  note String?"));
    const sql = await diffMigrationsToSchema(database.connection, { schemaFile: changed });
    expect(sql).toContain('ALTER TABLE "app_setting" ADD COLUMN');
    expect(sql).toContain('"note" TEXT');
  });

  it("report the difference when the migrations folder lacks the tables", async () => {
    const onlyLock = mkdtempSync(join(tmpdir(), "boordtabel-partial-"));
    cpSync(join(paths.migrationsDir, "migration_lock.toml"), join(onlyLock, "migration_lock.toml"));
    const sql = await diffMigrationsToSchema(database.connection, { migrationsDir: onlyLock });
    expect(sql).toContain('CREATE TABLE "measurement"');
  });
});

describe("the honest-data upgrade of a filled database", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
  });
  afterAll(() => database.drop());

  it("backfills each series' frequency from its KPI, its headline flag and UNKNOWN for unreported commitments", async () => {
    const before = mkdtempSync(join(tmpdir(), "boordtabel-before-"));
    cpSync(join(paths.migrationsDir, "migration_lock.toml"), join(before, "migration_lock.toml"));
    for (const name of migrationFolders.filter((n) => n < "20261201224000"))
      cpSync(join(paths.migrationsDir, name), join(before, name), { recursive: true });
    await applyMigrations(database.connection, { migrationsDir: before });
    await database.sql(`
      INSERT INTO plan (id, code, title_nl, title_en, updated_at) VALUES (1, 'P', 'P', 'P', now());
      INSERT INTO plan_node (id, plan_id, code, kind, level, title_nl, title_en) VALUES (1, 1, 'P-1', 'PILLAR', 1, 'a', 'a');
      INSERT INTO commitment (id, plan_id, node_id, code, title_nl, title_en, kind, updated_at)
        VALUES (1, 1, 1, 'C-1', 'c', 'c', 'ENGAGEMENT', now()), (2, 1, 1, 'C-2', 'c', 'c', 'ENGAGEMENT', now());
      INSERT INTO commitment_status_update (commitment_id, date, status) VALUES (2, '2024-01-01', 'NOT_STARTED');
      INSERT INTO kpi (id, plan_id, code, name_nl, name_en, unit, direction, frequency, updated_at) VALUES
        (1, 1, 'KPI-A', 'a', 'a', 'PERCENT', 'HIGHER_IS_BETTER', 'QUARTER', now()),
        (2, 1, 'KPI-B', 'b', 'b', 'PERCENT', 'HIGHER_IS_BETTER', 'YEAR', now());
      INSERT INTO series (id, kpi_id, key, is_total, label_nl, label_en) VALUES
        (1, 1, 'total', true, 't', 't'), (2, 1, 'geslacht=vrouwen', false, 'v', 'v'),
        (3, 2, 'geslacht=mannen', false, 'm', 'm'), (4, 2, 'geslacht=vrouwen', false, 'v', 'v');
    `);
    await applyMigrations(database.connection);
    const series = await database.sql("SELECT id, frequency, is_headline FROM series ORDER BY id");
    expect(series.rows).toEqual([
      { id: 1, frequency: "QUARTER", is_headline: true },
      { id: 2, frequency: "QUARTER", is_headline: false },
      { id: 3, frequency: "YEAR", is_headline: true },
      { id: 4, frequency: "YEAR", is_headline: false },
    ]);
    const commitments = await database.sql("SELECT code, status FROM commitment ORDER BY code");
    expect(commitments.rows).toEqual([
      { code: "C-1", status: "UNKNOWN" },
      { code: "C-2", status: "NOT_STARTED" },
    ]);
    await expect(database.sql("UPDATE series SET is_headline = true WHERE id = 2")).rejects.toThrow(
      /series_one_headline_per_kpi/,
    );
  });
});
