import type { Db } from "@boordtabel/db";

/** Sign-in attempts for one account within the window, this one included. Kept in the
 *  rate_limit table that better-auth's per-address limit uses, so every instance shares it;
 *  the counter restarts when the window has passed. */
export async function countSignInAttempt(db: Db, email: string, windowSeconds: number): Promise<number> {
  const key = `account:${email.trim().toLowerCase()}`;
  const now = BigInt(Date.now());
  const windowStart = now - BigInt(windowSeconds * 1000);
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limit (id, key, count, last_request)
    VALUES (gen_random_uuid()::text, ${key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limit.last_request < ${windowStart} THEN 1 ELSE rate_limit.count + 1 END,
      last_request = CASE WHEN rate_limit.last_request < ${windowStart} THEN ${now} ELSE rate_limit.last_request END
    RETURNING count`;
  return Number(rows[0]?.count ?? 1);
}
