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
