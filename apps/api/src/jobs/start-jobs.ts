import type { Db, PgConnection } from "@boordtabel/db";
import type { Env } from "../env.js";
import { createMailer } from "../mail/mailer.js";
import { startJobs } from "./jobs.js";

/** The jobs as `pnpm start` runs them, configured from the environment; `stop()` stops pg-boss
 *  (letting a running job finish) and closes the SMTP connection. */
export async function startBackgroundJobs(env: Env, db: Db, connection: PgConnection, baseUrl: string) {
  const mailer = env.smtpUrl ? createMailer(env.smtpUrl, env.MAIL_FROM) : null;
  const jobs = await startJobs({
    db,
    connection,
    mailer,
    baseUrl,
    digestCron: env.DIGEST_CRON,
    periodDueCron: env.PERIOD_DUE_CRON,
    timezone: env.DIGEST_TIMEZONE,
    log: (line) => console.log(line),
  });
  console.log(
    mailer
      ? `E-mail digest: "${env.DIGEST_CRON}" (${env.DIGEST_TIMEZONE}), from ${env.MAIL_FROM}.`
      : "E-mail digest off (no SMTP_URL); notifications stay in the app's inbox.",
  );
  return {
    async stop() {
      await jobs.stop();
      mailer?.close();
    },
  };
}
