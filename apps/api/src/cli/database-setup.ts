// Shared by `start` and `migrate`: migrations and reference data as the schema owner, then
// the app role's rights; and the checks the app makes before it serves.
import { DEMO_ACCOUNTS } from "@boordtabel/api";
import { installJobSchema } from "../jobs/job-schema.js";
import {
  APP_ROLE,
  ensureDatabaseRoles,
  grantAppRole,
  pendingMigrations,
  prepareDatabase,
  type Db,
  type PgConnection,
  type RunningPostgres,
} from "@boordtabel/db";

export class StartRefusedError extends Error {
  override readonly name = "StartRefusedError";
}

/** Applies pending migrations, loads the reference plans into an empty database and, when an
 *  app role is named, grants it row access only. Runs as the owner of the schema. */
export async function migrateAndSeed(owner: PgConnection, appRole: string | null): Promise<void> {
  const { db, appliedMigrations, seed } = await prepareDatabase(owner, { seedReference: true });
  try {
    if (appliedMigrations.length) console.log(`Applied migrations: ${appliedMigrations.join(", ")}`);
    if (seed) console.log(`Loaded the reference plans (IAB, DIGI, I40).`);
    if (appRole) await grantAppRole(owner, appRole);
    await installJobSchema(owner, appRole);
  } finally {
    await db.$disconnect();
  }
}

/** The app never serves a database behind its code (replicas started before the migrate job). */
export async function assertMigrated(connection: PgConnection): Promise<void> {
  const pending = await pendingMigrations(connection);
  if (pending.length === 0) return;
  throw new StartRefusedError(
    `The database is not migrated (${pending.length} pending, e.g. ${pending[0]}). ` +
      "Run the migrate command as the schema owner first (node dist/migrate.mjs, or pnpm db:migrate).",
  );
}

/** Production never serves the demo accounts: their password is public. */
export async function refuseDemoAccounts(db: Db): Promise<void> {
  const found = await db.user.findMany({
    where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) }, disabled: false },
    select: { email: true },
  });
  if (found.length === 0) return;
  throw new StartRefusedError(
    `NODE_ENV=production refuses to serve the demo accounts (${found.map((u) => u.email).join(", ")}): ` +
      "their password is public. Disable or delete them first.",
  );
}

const EMBEDDED_DATABASE = "boordtabel";
// The embedded cluster listens on 127.0.0.1 only: these passwords just keep other local users out.
const EMBEDDED_PASSWORDS = { owner: "boordtabel-owner-local", app: "boordtabel-app-local" };

/** The embedded server's database with both roles (nothing migrated); the owner's connection,
 *  for backup and restore. */
export async function embeddedOwner(pg: RunningPostgres): Promise<PgConnection> {
  return (await ensureDatabaseRoles(pg.connection, EMBEDDED_DATABASE, EMBEDDED_PASSWORDS)).owner;
}

/** The embedded server's database, set up with both roles, migrated and seeded by the owner;
 *  returns the app role's connection. */
export async function prepareEmbeddedDatabase(pg: RunningPostgres): Promise<PgConnection> {
  const roles = await ensureDatabaseRoles(pg.connection, EMBEDDED_DATABASE, EMBEDDED_PASSWORDS);
  await migrateAndSeed(roles.owner, APP_ROLE);
  return roles.app;
}
