import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { paths } from "../paths.js";
import { createTestDatabase, type TestDatabase } from "../testing/index.js";
import { applyMigrations, createMigration, diffMigrationsToSchema } from "./index.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ empty: true });
});
afterAll(() => database.drop());

describe("createMigration", () => {
  it("writes nothing when schema.prisma and the migrations agree", async () => {
    expect(await createMigration(database.connection, "nothing")).toBeNull();
  });

  it("writes a standard migration folder for a schema change, which then applies and leaves no drift", async () => {
    const migrationsDir = mkdtempSync(join(tmpdir(), "boordtabel-migrations-"));
    cpSync(paths.migrationsDir, migrationsDir, { recursive: true });
    const schemaFile = join(mkdtempSync(join(tmpdir(), "boordtabel-schema-")), "schema.prisma");
    writeFileSync(
      schemaFile,
      readFileSync(paths.schemaFile, "utf8").replace("model AppSetting {", "model AppSetting {\n  note String?"),
    );
    const folder = await createMigration(database.connection, "add_setting_note", { migrationsDir, schemaFile });
    expect(folder).toMatch(/\/\d{14}_add_setting_note$/);
    expect(readdirSync(folder!)).toEqual(["migration.sql"]);
    expect(readFileSync(join(folder!, "migration.sql"), "utf8")).toContain('ALTER TABLE "app_setting" ADD COLUMN');
    const applied = await applyMigrations(database.connection, { migrationsDir, schemaFile });
    // Folders of the day may carry later timestamps than "now"; the new one is applied, wherever it sorts.
    expect(applied).toContainEqual(expect.stringMatching(/_add_setting_note$/));
    expect(await diffMigrationsToSchema(database.connection, { migrationsDir, schemaFile })).toBe("");
  });

  it("refuses a name that is not a plain identifier", async () => {
    await expect(createMigration(database.connection, "Drop table;")).rejects.toThrow(/a-z, 0-9 and _/);
  });
});
