// First admin: pnpm --filter @boordtabel/api-server admin:create -- --email a@b.be --name "A B"
// The password comes from BOORDTABEL_ADMIN_PASSWORD or, when that is unset, from standard input.
// With single sign-on, --oidc-subject <sub> also links the admin to the provider's subject.
import { createAccount, linkOidcSubject } from "@boordtabel/api";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { loadEnv } from "../env.js";
import { withCliDatabase } from "./cli-database.js";

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
    options: { email: { type: "string" }, name: { type: "string" }, "oidc-subject": { type: "string" } },
  });
  if (!values.email || !values.name)
    throw new Error('Usage: admin:create --email <address> --name "<full name>" [--oidc-subject <sub>]');
  const env = loadEnv();
  const password = await readPassword();
  const actor = { id: null, label: "system:cli" };
  await withCliDatabase(env, async (db) => {
    const { id } = await createAccount(
      db,
      { email: values.email!, name: values.name!, password, role: "ADMIN" },
      actor,
    );
    console.log(`Created admin ${values.email!.trim().toLowerCase()} (${id}).`);
    const subject = values["oidc-subject"];
    if (subject) {
      await linkOidcSubject(db, actor, { email: values.email!, subject });
      console.log(`Linked to the identity provider's subject ${subject}.`);
    }
  });
}

await main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
