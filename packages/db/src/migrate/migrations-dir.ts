import type { MigrationList } from "@prisma/schema-engine-wasm";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { paths } from "../paths.js";
import type { SchemaFile } from "./engine.js";

const LOCKFILE = "migration_lock.toml";

/** Reads a standard Prisma migrations folder the way `prisma migrate` does. */
export function readMigrationsDir(baseDir: string = paths.migrationsDir): MigrationList {
  const entries = existsSync(baseDir)
    ? readdirSync(baseDir)
        .filter((name) => statSync(join(baseDir, name)).isDirectory())
        .sort()
    : [];
  const lockPath = join(baseDir, LOCKFILE);
  return {
    baseDir,
    lockfile: { path: LOCKFILE, content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: entries.map((name) => {
      const file = join(baseDir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file)
            ? { tag: "ok", value: readFileSync(file, "utf8") }
            : { tag: "error", value: `${file} is missing` },
        },
      };
    }),
  };
}

export function readSchemaFile(path: string = paths.schemaFile): SchemaFile {
  return { path, content: readFileSync(path, "utf8") };
}
