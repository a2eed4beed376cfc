import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { statementNamer } from "./statement-names.js";
import { createTestDatabase, type TestDatabase } from "./testing/index.js";

describe("statementNamer", () => {
  it("gives the same text the same name and another text another name", () => {
    const nameOf = statementNamer();
    const a = nameOf(`SELECT 1 WHERE $1::int > 0`);
    expect(a).toMatch(/^b_[0-9a-f]{24}$/);
    expect(nameOf(`SELECT 1 WHERE $1::int > 0`)).toBe(a);
    expect(nameOf(`SELECT 2 WHERE $1::int > 0`)).not.toBe(a);
  });

  it("leaves texts beyond its bound unnamed, and keeps naming the ones it knows", () => {
    const nameOf = statementNamer(2);
    const first = nameOf("SELECT 1");
    nameOf("SELECT 2");
    expect(nameOf("SELECT 3")).toBeUndefined();
    expect(nameOf("SELECT 1")).toBe(first);
  });
});

describe("the Prisma client", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ db: { poolSize: 1 } });
  });
  afterAll(() => database.drop());

  it("prepares a repeated statement by name on its connection and gives the same rows", async () => {
    const read = () => database.db.plan.findMany({ select: { code: true }, orderBy: { code: "asc" } });
    const first = await read();
    expect(await read()).toEqual(first);
    const prepared = await database.db.$queryRaw<{ statement: string }[]>`
      SELECT statement FROM pg_prepared_statements WHERE name LIKE 'b\\_%'`;
    expect(prepared.some((p) => p.statement.includes(`FROM "public"."plan"`))).toBe(true);
  });
});
