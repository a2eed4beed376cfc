// Compiles the server into dist/: one ES module per command, with the workspace packages
// (@boordtabel/*) and the generated Prisma client bundled in and every npm dependency left
// external (resolved from this package's node_modules, as `pnpm deploy` lays them out).
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));

/** Bare imports outside the workspace stay imports of node_modules. */
const externalNpm = {
  name: "external-npm",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith("@boordtabel/") ? undefined : { path: args.path, external: true },
    );
  },
};

rmSync(`${root}dist`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    start: "src/cli/start.ts",
    migrate: "src/cli/migrate.ts",
    "admin-create": "src/cli/admin-create.ts",
    backup: "src/cli/backup.ts",
    restore: "src/cli/restore.ts",
  },
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: true,
  plugins: [externalNpm],
  // Paths that the sources resolve relative to the repository: in the artifact, prisma/ and
  // web/ sit next to dist/ (see docker/build-artifact.sh). Set before any bundled module runs.
  banner: {
    js: [
      'import { fileURLToPath as __bt_path } from "node:url";',
      'process.env.BOORDTABEL_PRISMA_DIR ??= __bt_path(new URL("../prisma/", import.meta.url));',
      'process.env.WEB_DIST_DIR ??= __bt_path(new URL("../web/", import.meta.url));',
    ].join("\n"),
  },
  logLevel: "warning",
});
console.log("Built apps/api/dist (start, migrate, admin-create, backup, restore).");
