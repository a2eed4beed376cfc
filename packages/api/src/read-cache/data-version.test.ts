// The data version moves with every committed write, whoever writes, and only at commit.
import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bumpDataVersion, readDataState } from "./data-version.js";
import { setPublicRead } from "../settings/settings.service.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

const version = async () => (await readDataState(database.db)).version;
const rename = (name: string) => `UPDATE plan SET title_nl = '${name}' WHERE code = 'IAB'`;

describe("the data version", () => {
  it("moves once for a committed transaction, however many statements it ran", async () => {
    const before = BigInt(await version());
    await database.db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(rename("Iedereen aan boord (1)"));
      await tx.$executeRawUnsafe(rename("Iedereen aan boord (2)"));
      await bumpDataVersion(tx);
    });
    expect(BigInt(await version())).toBe(before + 1n);
  });

  it("moves for SQL written outside the services, as scripts and fixtures write", async () => {
    const before = BigInt(await version());
    await database.sql(rename("Iedereen aan boord"));
    expect(BigInt(await version())).toBe(before + 1n);
  });

  it("is not moved by a transaction that rolls back, and not seen before a commit", async () => {
    const before = await version();
    await expect(
      database.db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(rename("Nooit gezien"));
        expect(await version()).toBe(before); // another connection: not committed yet
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await version()).toBe(before);
  });

  it("is not moved by reads or by sign-in bookkeeping", async () => {
    const before = await version();
    await database.db.plan.findMany();
    await database.sql(`DELETE FROM session WHERE false`);
    expect(await version()).toBe(before);
  });

  it("is read together with the public-read setting, which moves it when an admin changes it", async () => {
    const before = await readDataState(database.db);
    expect(before).toEqual({ version: await version(), publicRead: true });
    const admin = { id: null, label: "system:test" };
    await setPublicRead(database.db, admin, false);
    const after = await readDataState(database.db);
    expect(after.publicRead).toBe(false);
    expect(BigInt(after.version)).toBe(BigInt(before.version) + 1n);
    await setPublicRead(database.db, admin, true);
    expect((await readDataState(database.db)).publicRead).toBe(true);
  });
});
