// `pnpm db:backup <file>` (or `node dist/backup.mjs <file>`): every app table of DATABASE_URL,
// or of the embedded server, into one gzip'd file ("-": standard output); the app may keep running.
import { loadEnv } from "../env.js";
import { writeBackup } from "../backup/write-backup.js";
import { operatorPath, withBackupTarget } from "./backup-target.js";

async function main(): Promise<void> {
  const [file] = process.argv.slice(2);
  if (!file) {
    console.error("Usage: pnpm db:backup <file|->   (e.g. boordtabel-$(date +%F).backup.gz)");
    process.exit(2);
  }
  const path = file === "-" ? "-" : operatorPath(file);
  const manifest = await withBackupTarget(loadEnv(), (connection) => writeBackup(connection, path));
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  // On stderr: standard output may be the backup itself.
  console.error(
    `Backup written to ${path === "-" ? "standard output" : path}: ${manifest.tables.length} tables, ${rows} rows, ` +
      `schema at ${manifest.migrations.at(-1) ?? "no migrations"}.`,
  );
}

await main().catch((error: Error) => {
  console.error(`Backup failed: ${error.message}`);
  process.exit(1);
});
