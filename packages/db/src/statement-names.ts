import { createHash } from "node:crypto";

/** How many distinct statements are prepared by name. Prisma's own engine kept 100 per
 *  connection before Prisma 7 (`statement_cache_size`); the application issues a few hundred
 *  shapes, so this covers them all and bounds what each PostgreSQL connection holds. */
export const NAMED_STATEMENTS_MAX = 1000;

/**
 * Names for prepared statements: the same SQL text always gets the same name, so `pg` parses it
 * once per connection and PostgreSQL can keep its plan, instead of parsing and planning every
 * statement on every execution (Prisma 7's adapter sends unnamed statements unless given names).
 * The KPI page's nested read planned for 3.3 ms and ran for 1.4 ms (docs/performance.md).
 * Texts beyond `max` run unnamed, as before, so odd input cannot grow the set without end.
 * `prefix` keeps the names of two namers on one connection apart.
 */
export function statementNamer(max = NAMED_STATEMENTS_MAX, prefix = "b_"): (sql: string) => string | undefined {
  const names = new Map<string, string>();
  return (sql) => {
    let name = names.get(sql);
    if (name === undefined && names.size < max) {
      name = `${prefix}${createHash("sha1").update(sql).digest("hex").slice(0, 24)}`;
      names.set(sql, name);
    }
    return name;
  };
}
