import { applyMigrations } from "../migrate/index.js";
import { connectionFromEnv, runCli } from "./database-url.js";

await runCli(async () => {
  const applied = await applyMigrations(connectionFromEnv());
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
});
