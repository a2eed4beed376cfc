/** The part of a test database the fingerprint needs. */
interface Queryable {
  sql<T extends object>(text: string, values?: unknown[]): Promise<{ rows: T[] }>;
}

/** Tables that legitimately change when nothing was written:
 *  - session: better-auth creates one per sign-in and refreshes its expiry on use;
 *  - rate_limit: better-auth counts every request to /api/auth;
 *  - verification: better-auth's short-lived tokens;
 *  - api_token: `last_used_at` moves on every call made with a token;
 *  - _prisma_migrations: not data.
 *  Everything else (the plans, values, targets, users, settings and the audit log) must be
 *  byte-for-byte unchanged after a refused write. */
export const VOLATILE_TABLES = ["session", "rate_limit", "verification", "api_token", "_prisma_migrations"];

let query: string | undefined;

/** One md5 per table of all its rows, in one SQL statement: equal fingerprints mean equal data. */
export async function fingerprint(database: Queryable): Promise<Record<string, string>> {
  if (!query) {
    const tables = (
      await database.sql<{ name: string }>(
        `SELECT table_name AS name FROM information_schema.tables
          WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND NOT (table_name = ANY($1))
          ORDER BY table_name`,
        [VOLATILE_TABLES],
      )
    ).rows.map((r) => r.name);
    query = tables
      .map(
        (t) =>
          `SELECT '${t}' AS name, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS hash FROM "${t}" x`,
      )
      .join(" UNION ALL ");
  }
  const rows = (await database.sql<{ name: string; hash: string }>(query)).rows;
  return Object.fromEntries(rows.map((r) => [r.name, r.hash]));
}
