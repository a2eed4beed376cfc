// First admin: pnpm --filter @boordtabel/api-server admin:create -- --email a@b.be --name "A B"
// The password comes from BOORDTABEL_ADMIN_PASSWORD or, when that is unset, from standard input.
import { createAccount } from "@boordtabel/api";
import { createDb, parseDatabaseUrl, startEmbeddedPostgres } from "@boordtabel/db";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { loadEnv } from "../env.js";
import { assertMigrated, migrateAndSeed, prepareEmbeddedDatabase } from "./database-setup.js";

async function readPassword(): Promise<string> {
  const fromEnv = process.env["BOORDTABEL_ADMIN_PASSWORD"];
  if (fromEnv) return fromEnv;
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  process.stderr.write("Password (12+ characters): ");
  const line = (await rl[Symbol.asyncIterator]().next()).value as string | undefined;
  rl.close();
  return (line ?? "").trim();
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== "--"),
    options: { email: { type: "string" }, name: { type: "string" } },
  });
  if (!values.email || !values.name) throw new Error('Usage: admin:create --email <address> --name "<full name>"');
  const env = loadEnv();
  const password = await readPassword();
  let stop = (): Promise<void> => Promise.resolve();
  let connection;
  if (env.DATABASE_URL) {
    connection = parseDatabaseUrl(env.DATABASE_URL);
    if (env.BOORDTABEL_SKIP_MIGRATE === "0") await migrateAndSeed(connection, null);
  } else {
    const pg = await startEmbeddedPostgres({ dataDir: env.dataDir });
    stop = () => pg.stop();
    connection = await prepareEmbeddedDatabase(pg);
  }
  try {
    await assertMigrated(connection);
    const db = createDb(connection);
    try {
      const { id } = await createAccount(
        db,
        { email: values.email, name: values.name, password, role: "ADMIN" },
        { id: null, label: "system:cli" },
      );
      console.log(`Created admin ${values.email.trim().toLowerCase()} (${id}).`);
    } finally {
      await db.$disconnect();
    }
  } finally {
    await stop();
  }
}

await main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
