// Least privilege on a database from before the role split (its tables owned by the superuser):
// the owner takes it over and migrates; the app role reads and writes rows and nothing more.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { toPoolConfig, type PgConnection } from "./connection.js";
import { pendingMigrations } from "./bootstrap.js";
import { applyMigrations } from "./migrate/index.js";
import { APP_ROLE, ensureDatabaseRoles, grantAppRole, OWNER_ROLE, type DatabaseRoles } from "./roles.js";
import { createTestDatabase, type TestDatabase } from "./testing/index.js";

let database: TestDatabase;
let roles: DatabaseRoles;

async function as<T>(connection: PgConnection, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(toPoolConfig(connection));
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const refusal = (connection: PgConnection, statement: string) =>
  as(connection, (c) => c.query(statement)).then(
    () => "allowed",
    (error: Error) => error.message,
  );

beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.$disconnect();
  const passwords = { owner: "owner-password-test", app: "app-password-test" };
  roles = await ensureDatabaseRoles(inject("pgServer"), database.connection.database, passwords);
  await applyMigrations(roles.owner);
  await grantAppRole(roles.owner, APP_ROLE);
});
afterAll(() => database.drop());

describe("database roles", () => {
  it("hands the schema, its tables, types and functions to the owner role", async () => {
    const owners = await database.sql<{ owner: string }>(
      `SELECT DISTINCT pg_get_userbyid(relowner) AS owner FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'S')
       UNION SELECT DISTINCT pg_get_userbyid(proowner) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'`,
    );
    expect(owners.rows.map((r) => r.owner)).toEqual([OWNER_ROLE]);
    expect(await pendingMigrations(roles.app)).toEqual([]);
  });

  it("lets the app role read and write rows", async () => {
    const plans = await as(roles.app, (c) => c.query<{ n: string }>("SELECT count(*) AS n FROM plan"));
    expect(Number(plans.rows[0]!.n)).toBeGreaterThan(0);
    expect(await refusal(roles.app, "UPDATE rate_limit SET count = count WHERE false")).toBe("allowed");
  });

  it("refuses the app role every way around the append-only audit log", async () => {
    expect(await refusal(roles.app, "TRUNCATE audit_log")).toMatch(/permission denied/);
    expect(await refusal(roles.app, "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")).toMatch(
      /must be owner/,
    );
    expect(await refusal(roles.app, "ALTER TABLE audit_log DISABLE TRIGGER ALL")).toMatch(/must be owner/);
    expect(await refusal(roles.app, "SET session_replication_role = replica")).toMatch(/permission denied/);
    expect(await refusal(roles.app, "UPDATE audit_log SET action = 'rewritten'")).toMatch(/permission denied/);
    expect(await refusal(roles.app, "DELETE FROM audit_log")).toMatch(/permission denied/);
  });

  it("refuses the app role any DDL and the migration history", async () => {
    expect(await refusal(roles.app, "CREATE TABLE intruder (id int)")).toMatch(/permission denied/);
    expect(await refusal(roles.app, "DROP TABLE plan")).toMatch(/must be owner/);
    expect(await refusal(roles.app, "ALTER TABLE plan ADD COLUMN intruder int")).toMatch(/must be owner/);
    expect(await refusal(roles.app, "DELETE FROM _prisma_migrations")).toMatch(/permission denied/);
  });

  it("is safe to run again on every start", async () => {
    const again = await ensureDatabaseRoles(inject("pgServer"), database.connection.database, {
      owner: "owner-password-test",
      app: "app-password-test",
    });
    await grantAppRole(again.owner, APP_ROLE);
    expect(await refusal(again.app, "SELECT 1 FROM plan LIMIT 1")).toBe("allowed");
  });
});
