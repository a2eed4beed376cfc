import type { Db } from "@boordtabel/db";
import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import { afterAll, beforeAll } from "vitest";
import { ensureDemoAccounts, type Role } from "../auth/accounts.js";
import type { Actor } from "../auth/actor.js";
import { appRouter } from "../root.js";
import { createCallerFactory } from "../trpc.js";

const createCaller = createCallerFactory(appRouter);

/** The demo accounts as actors, and tRPC callers acting as them (or anonymously). */
export async function demoActors(db: Db): Promise<Record<Lowercase<Role>, Actor>> {
  await ensureDemoAccounts(db);
  const users = await db.user.findMany({
    where: { email: { endsWith: "@demo.boordtabel.be" } },
    select: { id: true, email: true, name: true, role: true },
  });
  const byRole = Object.fromEntries(
    users.map((u) => [u.role.toLowerCase(), { ...u, via: "session" as const, label: u.email }]),
  );
  return byRole as Record<Lowercase<Role>, Actor>;
}

export function callerFor(db: Db, actor: Actor | null, locale: "nl" | "en" = "nl") {
  return createCaller({ db, actor, locale, requestId: "test" });
}

/** A test file's own database with the demo accounts, and callers acting as them: the set-up
 *  every integration test file of the API starts with. */
export function useDemoCallers() {
  let database: TestDatabase | undefined;
  let actors: Record<Lowercase<Role>, Actor> | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    actors = await demoActors(database.db);
  });
  afterAll(() => database?.drop());
  return {
    get database(): TestDatabase {
      return database!;
    },
    get actors(): Record<Lowercase<Role>, Actor> {
      return actors!;
    },
    as: (who: Lowercase<Role> | null) => callerFor(database!.db, who ? actors![who] : null),
  };
}
