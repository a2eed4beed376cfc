// Links an existing user to the identity provider's subject (the `sub` claim), for providers
// that send no verified e-mail address:
// pnpm --filter @boordtabel/api-server user:link-oidc -- --email a@b.be --subject 3c9e…
import { linkOidcSubject } from "@boordtabel/api";
import { parseArgs } from "node:util";
import { loadEnv } from "../env.js";
import { withCliDatabase } from "./cli-database.js";

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== "--"),
    options: { email: { type: "string" }, subject: { type: "string" } },
  });
  if (!values.email || !values.subject) throw new Error("Usage: user:link-oidc --email <address> --subject <sub>");
  const { email, subject } = values;
  await withCliDatabase(loadEnv(), (db) => linkOidcSubject(db, { id: null, label: "system:cli" }, { email, subject }));
  console.log(`Linked ${email.trim().toLowerCase()} to subject ${subject.trim()}.`);
}

await main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
