// `pnpm db:restore <file> [--force]` (or `node dist/restore.mjs …`): loads a backup into an
// empty database (DATABASE_URL as the schema owner, or the embedded server), then migrates it
// to this version and grants the app role its rights, as the migrate step does. Stop the app
// first: a running app keeps answering from what it had read.
import { APP_ROLE } from "@boordtabel/db";
import { loadEnv } from "../env.js";
import { restoreBackup } from "../backup/restore-backup.js";
import { operatorPath, withBackupTarget } from "./backup-target.js";
import { migrateAndSeed } from "./database-setup.js";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const [file] = args.filter((a) => a !== "--force");
  if (!file) {
    console.error("Usage: pnpm db:restore <file|-> [--force]   (--force replaces the data of a non-empty database)");
    process.exit(2);
  }
  const path = file === "-" ? "-" : operatorPath(file);
  const env = loadEnv();
  const manifest = await withBackupTarget(env, async (owner, embedded) => {
    const restored = await restoreBackup(owner, path, { force });
    await migrateAndSeed(owner, embedded ? APP_ROLE : (env.BOORDTABEL_APP_ROLE ?? null));
    return restored;
  });
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(
    `Restored ${rows} rows in ${manifest.tables.length} tables from ${path === "-" ? "standard input" : path} (taken ${manifest.createdAt}).`,
  );
}

await main().catch((error: Error) => {
  console.error(`Restore failed: ${error.message}`);
  process.exit(1);
});
