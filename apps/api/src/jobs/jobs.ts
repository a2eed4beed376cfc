import { notifyDuePeriods, sendDigests, type MailSender } from "@boordtabel/api";
import type { Db, PgConnection } from "@boordtabel/db";
import PgBoss from "pg-boss";

/** The queues of the background jobs (pg-boss, in the app's database, schema `pgboss`). */
export const DIGEST_QUEUE = "notification-digest";
export const PERIOD_DUE_QUEUE = "period-due";
/** The schema pg-boss keeps its tables in, beside the app's own. */
export const JOB_SCHEMA = "pgboss";

export interface JobsOptions {
  db: Db;
  connection: PgConnection;
  /** Sends the daily digest; without it (no SMTP_URL) there is no digest, only the inbox. */
  mailer: MailSender | null;
  /** The app's address, for the links in the e-mail. */
  baseUrl: string;
  digestCron: string;
  periodDueCron: string;
  timezone: string;
  log?: (line: string) => void;
  /** pg-boss's poll interval of the workers, in seconds (tests use 1). */
  pollingIntervalSeconds?: number;
}

export interface Jobs {
  /** Queues a digest now (as the schedule does), for the workers of any instance to run. */
  queueDigest(): Promise<string | null>;
  queuePeriodDue(): Promise<string | null>;
  stop(): Promise<void>;
}

/** pg-boss on the app's database, in its own schema. */
export function jobQueueClient(connection: PgConnection, extra: Omit<PgBoss.ConstructorOptions, "schema">): PgBoss {
  const { host, port, user, password, database } = connection;
  return new PgBoss({ host, port, user, password, database, schema: JOB_SCHEMA, ...extra });
}

/** Creates a singleton queue unless it exists. Two instances booting at once can deadlock in
 *  pg-boss's queue creation (it creates and attaches a partition); the loser retries and then
 *  finds the queue made. */
export async function createQueue(boss: PgBoss, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await boss.createQueue(name, { name, policy: "singleton", retryLimit: 3 });
      return;
    } catch (error) {
      const retryable = ["40P01", "40001", "23505"].includes((error as { code?: string }).code ?? "");
      if (!retryable || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
    }
  }
}

/** Starts pg-boss on the app's database and its two scheduled jobs: the daily e-mail digest and
 *  the "period became due" notifications. Both queues are `singleton`: however many instances
 *  run, at most one job of a queue is active at a time, and a schedule tick makes one job (pg-boss
 *  keys scheduled jobs by the minute). The digest itself claims rows (see `sendDigests`), so even
 *  two digests at once never mail an item twice. */
export async function startJobs(options: JobsOptions): Promise<Jobs> {
  const log = options.log ?? (() => undefined);
  const boss = jobQueueClient(options.connection, { max: 3, application_name: "boordtabel-jobs" });
  boss.on("error", (error) => log(`jobs: ${error.message}`));
  await boss.start();
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };

  await createQueue(boss, PERIOD_DUE_QUEUE);
  await boss.schedule(PERIOD_DUE_QUEUE, options.periodDueCron, {}, { tz: options.timezone });
  await boss.work(PERIOD_DUE_QUEUE, polling, async () => {
    const stored = await notifyDuePeriods(options.db);
    if (stored) log(`jobs: ${stored} "period due" notifications`);
  });

  await createQueue(boss, DIGEST_QUEUE);
  const mailer = options.mailer;
  if (mailer) {
    await boss.schedule(DIGEST_QUEUE, options.digestCron, {}, { tz: options.timezone });
    await boss.work(DIGEST_QUEUE, polling, async ([job]) => {
      const result = await sendDigests(options.db, mailer, { baseUrl: options.baseUrl, digestId: job!.id });
      log(`jobs: digest ${job!.id}: ${result.mails} mails, ${result.items} items`);
      for (const f of result.failures) log(`jobs: digest for user ${f.userId} not sent: ${f.error}`);
      // A failed send left its items unclaimed; the job fails so pg-boss retries it.
      if (result.failures.length) throw new Error(`${result.failures.length} digests not sent`);
    });
  } else {
    await boss.unschedule(DIGEST_QUEUE);
  }

  return {
    queueDigest: () => boss.send(DIGEST_QUEUE, {}),
    queuePeriodDue: () => boss.send(PERIOD_DUE_QUEUE, {}),
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 15_000 }),
  };
}
