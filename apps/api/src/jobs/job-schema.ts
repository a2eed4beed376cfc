import type { PgConnection } from "@boordtabel/db";
import pg from "pg";
import { createQueue, DIGEST_QUEUE, JOB_SCHEMA, jobQueueClient, PERIOD_DUE_QUEUE } from "./jobs.js";

/** Installs (or upgrades) pg-boss's schema and creates the app's queues as the schema owner, in
 *  the migrate step; then the app role gets row rights on it and nothing more. pg-boss makes a
 *  table per queue when a queue is created (DDL), so the app role, which may not do DDL, finds
 *  everything made: its own start only checks the version and its `createQueue` finds the queue. */
export async function installJobSchema(owner: PgConnection, appRole: string | null): Promise<void> {
  const boss = jobQueueClient(owner, {
    max: 2,
    supervise: false,
    schedule: false,
    application_name: "boordtabel-migrate",
  });
  await boss.start();
  try {
    for (const queue of [PERIOD_DUE_QUEUE, DIGEST_QUEUE]) await createQueue(boss, queue);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  if (!appRole) return;
  const { host, port, user, password, database } = owner;
  const client = new pg.Client({ host, port, user, password, database });
  await client.connect();
  try {
    const role = client.escapeIdentifier(appRole);
    const schema = client.escapeIdentifier(JOB_SCHEMA);
    await client.query(`GRANT USAGE ON SCHEMA ${schema} TO ${role}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${role}`);
    await client.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA ${schema} TO ${role}`);
    await client.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${schema} TO ${role}`);
  } finally {
    await client.end();
  }
}
