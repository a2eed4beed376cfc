import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { BackupError, parseManifest, type BackupManifest } from "./format.js";

export interface BackupContents {
  manifest: BackupManifest;
  /** Per table of the manifest, its rows as JSON text. */
  rows: Map<string, string[]>;
}

/** Reads and checks a backup file ("-": standard input) whole: a truncated or tampered file fails before anything
 *  is written to the target. */
export async function readBackup(file: string): Promise<BackupContents> {
  const input = (file === "-" ? process.stdin : createReadStream(file)).pipe(createGunzip());
  const lines = createInterface({ input, crlfDelay: Infinity });
  let manifest: BackupManifest | null = null;
  const all: string[] = [];
  try {
    for await (const line of lines) {
      if (!manifest) manifest = parseManifest(line);
      else all.push(line);
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`Cannot read the backup ${file}: ${(error as Error).message}`);
  }
  if (!manifest) throw new BackupError(`The backup ${file} is empty.`);
  const expected = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  if (all.length !== expected) {
    throw new BackupError(`The backup ${file} is incomplete: ${all.length} of ${expected} rows.`);
  }
  const rows = new Map<string, string[]>();
  let at = 0;
  for (const table of manifest.tables) {
    rows.set(table.name, all.slice(at, at + table.rows));
    at += table.rows;
  }
  return { manifest, rows };
}
