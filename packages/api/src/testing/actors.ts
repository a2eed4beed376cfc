import type { Db } from "@boordtabel/db";
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
