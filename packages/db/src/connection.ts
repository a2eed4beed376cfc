import type { PoolConfig } from "pg";

/** Connection settings as separate fields: a `{ connectionString }` config makes the migration
 *  adapter's shadow database connect to the main database (TOOLCHAIN.md). */
export interface PgConnection {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
}

export function parseDatabaseUrl(url: string): PgConnection {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`DATABASE_URL is not a valid URL: ${redactUrl(url)}`);
  }
  if (parsed.protocol !== "postgresql:" && parsed.protocol !== "postgres:") {
    throw new Error(`DATABASE_URL must start with postgresql://, got ${parsed.protocol}`);
  }
  return {
    host: decodeURIComponent(parsed.hostname) || "localhost",
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username) || "postgres",
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "postgres",
  };
}

export function toDatabaseUrl(c: PgConnection): string {
  const auth = `${encodeURIComponent(c.user)}:${encodeURIComponent(c.password)}`;
  return `postgresql://${auth}@${c.host}:${c.port}/${encodeURIComponent(c.database)}`;
}

export function toPoolConfig(c: PgConnection): PoolConfig {
  return { host: c.host, port: c.port, user: c.user, password: c.password, database: c.database };
}

export function withDatabase(c: PgConnection, database: string): PgConnection {
  return { ...c, database };
}

/** For messages: never print a password. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, "$1***@");
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
