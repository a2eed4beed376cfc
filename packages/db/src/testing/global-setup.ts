// Vitest global setup: one embedded PostgreSQL for the whole run and a template database that
// is migrated and seeded once; each test file clones it (CREATE DATABASE … TEMPLATE), which
// takes a fraction of a second.
import type { TestProject } from "vitest/node";
import "./test-database.js";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { withDatabase } from "../connection.js";
import { ensureDatabase } from "../bootstrap.js";
import { createDb } from "../client.js";
import { startEmbeddedPostgres } from "../embedded.js";
import { applyMigrations } from "../migrate/index.js";
import { loadReferenceData } from "../seed/load-reference.js";

export const TEMPLATE_DATABASE = "boordtabel_template";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), "boordtabel-test-"));
  chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as "postgres" and must enter it
  const server = await startEmbeddedPostgres({ dataDir: join(dataDir, "pg") });
  const template = withDatabase(server.connection, TEMPLATE_DATABASE);
  await ensureDatabase(template);
  await applyMigrations(template);
  const db = createDb(template);
  await loadReferenceData(db);
  await db.$disconnect();
  project.provide("pgServer", server.connection);
  project.provide("templateDatabase", TEMPLATE_DATABASE);
  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
