import { createDb } from "../client.js";
import { loadReferenceData } from "../seed/load-reference.js";
import { connectionFromEnv, runCli } from "./database-url.js";

await runCli(async () => {
  const db = createDb(connectionFromEnv());
  try {
    const { created } = await loadReferenceData(db);
    const summary = Object.entries(created)
      .map(([table, n]) => `${table} +${n}`)
      .join(", ");
    console.log(summary ? `Loaded: ${summary}` : "Reference data already present: nothing changed.");
  } finally {
    await db.$disconnect();
  }
});
