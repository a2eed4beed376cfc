// The backup file: gzip'd JSON lines. Line 1 is the manifest; then, table by table in the
// manifest's order, one line per row (PostgreSQL's row_to_json, so every value keeps its
// exact text: timestamps to the microsecond, numerics digit for digit).
// pg-boss's schema is left out on purpose: its jobs are transient and the migrate step
// recreates its queues.

export const BACKUP_FORMAT = "boordtabel-backup";
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupTable {
  name: string;
  columns: string[];
  rows: number;
}

export interface BackupSequence {
  name: string;
  lastValue: string;
  isCalled: boolean;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** The app's version that wrote the file (its newest migration says the schema). */
  appVersion: string;
  createdAt: string;
  /** Applied migrations (from _prisma_migrations), oldest first. */
  migrations: string[];
  tables: BackupTable[];
  sequences: BackupSequence[];
}

export const APP_VERSION = process.env["npm_package_version"] ?? "unknown";

export class BackupError extends Error {
  override readonly name = "BackupError";
}

export function parseManifest(line: string | undefined): BackupManifest {
  let manifest: Partial<BackupManifest>;
  try {
    manifest = JSON.parse(line ?? "") as Partial<BackupManifest>;
  } catch {
    throw new BackupError("This file is not a Boordtabel backup (no manifest).");
  }
  if (manifest.format !== BACKUP_FORMAT) throw new BackupError("This file is not a Boordtabel backup.");
  if (manifest.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupError(`Backup format ${manifest.formatVersion} is not supported by this version.`);
  }
  return manifest as BackupManifest;
}
