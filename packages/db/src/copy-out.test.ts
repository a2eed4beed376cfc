import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPlain } from "./client.js";
import { copyOut, parseBinaryCopy } from "./copy-out.js";
import { Prisma } from "./generated/prisma/client.js";
import { createTestDatabase, type TestDatabase } from "./testing/index.js";

describe("copyOut", () => {
  let database: TestDatabase;
  const statements: string[] = [];
  beforeAll(async () => {
    // One connection: a connection a failed COPY left behind would fail the next read.
    database = await createTestDatabase({ db: { poolSize: 1, onQuery: (sql) => statements.push(sql) } });
  });
  afterAll(() => database.drop());

  const TEXT = `"Voorlopig" \\ herzien\nnieuwe\tregel \u0001 é 😀 — ${"x".repeat(200_000)}`;

  it("gives each column's bytes as PostgreSQL sends them, a long text with any character whole", async () => {
    const rows = await copyOut(
      database.db,
      Prisma.sql`SELECT n::int AS n, t AS text, NULL::text AS nothing, '' AS empty
        FROM (VALUES (1, ${Prisma.raw(`'${TEXT.replace(/'/g, "''")}'`)}), (2, 'twee')) AS v(n, t) ORDER BY n`,
    );
    expect(rows).toHaveLength(2);
    expect(rows!.map((row) => row[0]!.readInt32BE(0))).toEqual([1, 2]);
    expect(rows![0]![1]!.toString()).toBe(TEXT);
    expect(rows![0]![1]!.equals(Buffer.from(TEXT))).toBe(true);
    expect(rows![1]![1]!.toString()).toBe("twee");
    expect(rows![0]![2]).toBeNull();
    expect(rows![0]![3]).toEqual(Buffer.alloc(0));
  });

  it("gives no rows for an empty answer, and reports its statement to onQuery", async () => {
    statements.length = 0;
    expect(await copyOut(database.db, Prisma.sql`SELECT 1 AS one WHERE false`)).toEqual([]);
    expect(statements).toEqual(["COPY (SELECT 1 AS one WHERE false) TO STDOUT (FORMAT binary)"]);
  });

  it("passes PostgreSQL's error on, and the connection serves the next read", async () => {
    await expect(copyOut(database.db, Prisma.sql`SELECT 1 / (n - 2) FROM generate_series(1, 3) n`)).rejects.toThrow(
      /division by zero/,
    );
    expect(await readPlain(database.db, Prisma.sql`SELECT ${5}::int AS five`)).toEqual([{ five: 5 }]);
    expect((await copyOut(database.db, Prisma.sql`SELECT 6::int`))![0]![0]!.readInt32BE(0)).toBe(6);
  });

  it("refuses a query with parameters, which COPY cannot take", async () => {
    await expect(copyOut(database.db, Prisma.sql`SELECT ${1}::int`)).rejects.toThrow(/without parameters/);
  });

  it("is not used inside a transaction, whose connection is Prisma's", async () => {
    expect(await database.db.$transaction((tx) => copyOut(tx, Prisma.sql`SELECT 1`))).toBeUndefined();
  });

  it("refuses bytes that are not PostgreSQL's binary COPY format, or end inside a field", () => {
    expect(() => parseBinaryCopy(Buffer.from("1\ttwee\n"))).toThrow(/binary COPY format/);
    const header = Buffer.concat([Buffer.from("PGCOPY\n\xff\r\n\0", "latin1"), Buffer.alloc(8)]);
    const cut = Buffer.concat([header, Buffer.from([0, 1, 0, 0, 0, 9]), Buffer.from("kort")]);
    expect(() => parseBinaryCopy(cut)).toThrow(/ends inside a field/);
  });
});
