// Least privilege: an owner role that owns the schema and runs migrations, and an app role
// that may only read and write rows (no DDL, no TRUNCATE, no trigger or replication control).
import type pg from "pg";
import { withAdminClient } from "./admin.js";
import { quoteIdent, toPoolConfig, withDatabase, type PgConnection } from "./connection.js";
import pgModule from "pg";

export const OWNER_ROLE = "boordtabel_owner";
export const APP_ROLE = "boordtabel_app";

async function withClient<T>(connection: PgConnection, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pgModule.Client(toPoolConfig(connection));
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the login role, or resets its password (idempotent). Needs CREATEROLE or superuser. */
export async function ensureLoginRole(client: pg.Client, role: string, password: string): Promise<void> {
  const exists = (await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role])).rowCount !== 0;
  const verb = exists ? "ALTER" : "CREATE";
  const sql = await client.query<{ sql: string }>(
    `SELECT format('${verb} ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L', $1::text, $2::text) AS sql`,
    [role, password],
  );
  await client.query(sql.rows[0]!.sql);
}

// Hands everything in the public schema to the owner: data directories from before the role
// split have their tables owned by the superuser. Sequences owned by a column follow their table.
const TRANSFER_OWNERSHIP = `
DO $$
DECLARE
  owner_role text := current_setting('boordtabel.owner');
  r record;
BEGIN
  EXECUTE format('ALTER SCHEMA public OWNER TO %I', owner_role);
  FOR r IN
    SELECT c.oid::regclass::text AS name FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
      AND pg_get_userbyid(c.relowner) <> owner_role
      AND NOT (c.relkind = 'S' AND EXISTS (
        SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
  LOOP
    EXECUTE format('ALTER TABLE %s OWNER TO %I', r.name, owner_role);
  END LOOP;
  FOR r IN
    SELECT t.oid::regtype::text AS name FROM pg_type t
    JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd') AND pg_get_userbyid(t.typowner) <> owner_role
  LOOP
    EXECUTE format('ALTER TYPE %s OWNER TO %I', r.name, owner_role);
  END LOOP;
  FOR r IN
    SELECT p.oid::regprocedure::text AS name FROM pg_proc p
    JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> owner_role
  LOOP
    EXECUTE format('ALTER FUNCTION %s OWNER TO %I', r.name, owner_role);
  END LOOP;
END
$$`;

export interface DatabaseRoles {
  /** Runs migrations and seeds; owns the schema. */
  owner: PgConnection;
  /** What the running app connects as. */
  app: PgConnection;
}

/** As a superuser of `server`: the owner and app roles, the database owned by the owner, and
 *  existing objects handed over to it. Safe to run on every start. */
export async function ensureDatabaseRoles(
  server: PgConnection,
  database: string,
  passwords: { owner: string; app: string },
): Promise<DatabaseRoles> {
  await withAdminClient(server, async (admin) => {
    await ensureLoginRole(admin, OWNER_ROLE, passwords.owner);
    await ensureLoginRole(admin, APP_ROLE, passwords.app);
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    const db = quoteIdent(database);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${db} OWNER ${quoteIdent(OWNER_ROLE)}`);
    else await admin.query(`ALTER DATABASE ${db} OWNER TO ${quoteIdent(OWNER_ROLE)}`);
    await admin.query(`REVOKE ALL ON DATABASE ${db} FROM PUBLIC`);
    await admin.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${db} TO ${quoteIdent(APP_ROLE)}`);
  });
  await withClient(withDatabase(server, database), async (client) => {
    await client.query("SELECT set_config('boordtabel.owner', $1, false)", [OWNER_ROLE]);
    await client.query(TRANSFER_OWNERSHIP);
  });
  const as = (user: string, password: string): PgConnection => ({ ...server, user, password, database });
  return { owner: as(OWNER_ROLE, passwords.owner), app: as(APP_ROLE, passwords.app) };
}

/** As the owner (after migrations): the app role may read and write rows of every table, use
 *  the sequences, and nothing else; tables created by later migrations get the same rights.
 *  The migration history stays read-only to it. */
export async function grantAppRole(owner: PgConnection, appRole: string): Promise<void> {
  const app = quoteIdent(appRole);
  await withClient(owner, async (client) => {
    const me = quoteIdent((await client.query<{ u: string }>("SELECT current_user AS u")).rows[0]!.u);
    await client.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    const database = (await client.query<{ d: string }>("SELECT current_database() AS d")).rows[0]!.d;
    await client.query(`GRANT CONNECT ON DATABASE ${quoteIdent(database)} TO ${app}`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${app}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`);
    await client.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${app}`);
    await client.query(
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${me} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`,
    );
    await client.query(
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${me} IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${app}`,
    );
    if (
      (await client.query<{ t: string | null }>("SELECT to_regclass('public._prisma_migrations')::text AS t")).rows[0]
        ?.t
    ) {
      await client.query(`REVOKE INSERT, UPDATE, DELETE ON "_prisma_migrations" FROM ${app}`);
    }
    if ((await client.query<{ t: string | null }>("SELECT to_regclass('public.audit_log')::text AS t")).rows[0]?.t) {
      await client.query(`REVOKE UPDATE, DELETE ON "audit_log" FROM ${app}`);
    }
  });
}
