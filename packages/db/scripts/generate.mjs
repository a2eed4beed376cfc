// Runs `prisma generate` without the native schema engine download (unreachable on these
// machines): the CLI only checks that PRISMA_SCHEMA_ENGINE_BINARY points at an executable.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const stub = join(mkdtempSync(join(tmpdir(), "boordtabel-prisma-")), "schema-engine");
writeFileSync(stub, "#!/bin/sh\necho 'schema engine stub: use pnpm db:migrate' >&2\nexit 1\n");
chmodSync(stub, 0o755);

const result = spawnSync(join(packageDir, "node_modules", ".bin", "prisma"), ["generate"], {
  cwd: packageDir,
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env["PRISMA_SCHEMA_ENGINE_BINARY"] ?? stub,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
