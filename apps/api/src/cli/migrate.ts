// `node dist/migrate.mjs` (the compose file's one-shot `migrate` job): as the schema owner
// (DATABASE_URL), applies pending migrations and loads the reference plans into an empty
// database; with BOORDTABEL_APP_ROLE and BOORDTABEL_APP_PASSWORD(_FILE) it also creates or
// updates the app's login role, with row access only (no DDL, no TRUNCATE, no triggers).
import { checkConnection, ensureLoginRole, parseDatabaseUrl, withAdminClient } from "@boordtabel/db";
import { loadEnv } from "../env.js";
import { migrateAndSeed } from "./database-setup.js";

async function main(): Promise<void> {
  const env = loadEnv();
  if (!env.DATABASE_URL) {
    console.error("Set DATABASE_URL (or DATABASE_URL_FILE) to the schema owner's connection.");
    process.exit(2);
  }
  const owner = parseDatabaseUrl(env.DATABASE_URL);
  await checkConnection(owner);
  const role = env.BOORDTABEL_APP_ROLE ?? null;
  if (role && env.BOORDTABEL_APP_PASSWORD) {
    const password = env.BOORDTABEL_APP_PASSWORD;
    await withAdminClient(owner, (client) => ensureLoginRole(client, role, password));
  }
  await migrateAndSeed(owner, role);
  console.log(role ? `Database migrated; the role ${role} may read and write rows only.` : "Database migrated.");
}

await main().catch((error: Error) => {
  console.error(`Migration failed: ${error.message}`);
  process.exit(1);
});
