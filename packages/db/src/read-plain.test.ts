import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPlain } from "./client.js";
import { Prisma } from "./generated/prisma/client.js";
import { createTestDatabase, type TestDatabase } from "./testing/index.js";

describe("readPlain", () => {
  let database: TestDatabase;
  const statements: string[] = [];
  beforeAll(async () => {
    database = await createTestDatabase({ db: { poolSize: 2, onQuery: (sql) => statements.push(sql) } });
  });
  afterAll(() => database.drop());

  const everyKind = (n: number) => Prisma.sql`
    SELECT ${n}::int AS int, 1.25::float8 AS float, 'é"\\'::text AS text, true AS bool, NULL::text AS nothing,
           '2026-03-12T10:00:00Z'::timestamptz AS at, '{"a":[1,"b"]}'::jsonb AS doc,
           ARRAY['x', NULL]::text[] AS texts, ARRAY[3, 1]::int[] AS ints`;

  it("gives through pg the same rows as $queryRaw gives inside a transaction", async () => {
    const direct = await readPlain(database.db, everyKind(7));
    const inTransaction = await database.db.$transaction((tx) => readPlain(tx, everyKind(7)));
    expect(direct).toEqual(inTransaction);
    expect(direct).toEqual([
      {
        int: 7,
        float: 1.25,
        text: 'é"\\',
        bool: true,
        nothing: null,
        at: new Date("2026-03-12T10:00:00Z"),
        doc: { a: [1, "b"] },
        texts: ["x", null],
        ints: [3, 1],
      },
    ]);
  });

  it("prepares its statements by name and reports them to onQuery like Prisma's own", async () => {
    statements.length = 0;
    await readPlain(database.db, Prisma.sql`SELECT ${1}::int AS one`);
    await readPlain(database.db, Prisma.sql`SELECT ${2}::int AS one`);
    expect(statements).toEqual(["SELECT $1::int AS one", "SELECT $1::int AS one"]);
    const prepared = await readPlain<{ statement: string }>(
      database.db,
      Prisma.sql`SELECT statement FROM pg_prepared_statements WHERE name LIKE 'p\\_%'`,
    );
    expect(prepared.map((p) => p.statement)).toContain("SELECT $1::int AS one");
  });

  it("sees what a committed transaction wrote (it reads the same database, not a copy)", async () => {
    await database.db.$transaction((tx) => tx.$executeRaw`CREATE TABLE plain_probe (n int)`);
    await database.db.$executeRaw`INSERT INTO plain_probe VALUES (41), (42)`;
    expect(await readPlain(database.db, Prisma.sql`SELECT n FROM plain_probe ORDER BY n`)).toEqual([
      { n: 41 },
      { n: 42 },
    ]);
  });
});
