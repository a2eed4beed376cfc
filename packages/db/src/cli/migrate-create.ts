// Creates a migration folder from the difference between prisma/migrations and schema.prisma.
// Needs any PostgreSQL server for its shadow database: DATABASE_URL, or the embedded one.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDatabaseUrl, type PgConnection } from "../connection.js";
import { startEmbeddedPostgres } from "../embedded.js";
import { createMigration } from "../migrate/index.js";
import { runCli } from "./database-url.js";

const name = process.argv[2];

await runCli(async () => {
  if (!name) throw new Error("Usage: pnpm db:migration:create <name>   (a-z, 0-9, _)");
  const url = process.env["DATABASE_URL"];
  let connection: PgConnection;
  let stop = (): Promise<void> => Promise.resolve();
  if (url) {
    connection = parseDatabaseUrl(url);
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), "boordtabel-migrate-"));
    chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as "postgres" and must enter it
    const server = await startEmbeddedPostgres({ dataDir: join(dataDir, "pg") });
    connection = server.connection;
    stop = async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  try {
    const folder = await createMigration(connection, name);
    console.log(folder ? `Created ${folder}` : "schema.prisma and prisma/migrations already agree: nothing to create.");
  } finally {
    await stop();
  }
});
