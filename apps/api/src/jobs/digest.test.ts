// The daily digest end to end: notifications from the working loop, pg-boss jobs on the app's
// database, nodemailer over SMTP to a real SMTP server (smtp-server) on loopback.
import { callerFor, demoActors } from "@boordtabel/api/testing";
import { sendDigests } from "@boordtabel/api";
import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMailer, type Mailer } from "../mail/mailer.js";
import { startJobs, type Jobs } from "./jobs.js";

interface Received {
  from: string;
  to: string[];
  user: string | undefined;
  subject: string;
  text: string;
}

/** The body of a mail as nodemailer writes it: quoted-printable when it holds non-ASCII. */
function decodeBody(raw: string): { subject: string; text: string } {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n\s+/g, " ");
  const body = raw.slice(split + 4);
  const subject = /^Subject: (.*)$/im.exec(head)?.[1] ?? "";
  const quoted = /Content-Transfer-Encoding: quoted-printable/i.test(head);
  const text = quoted
    ? Buffer.from(
        body
          .replace(/=\r\n/g, "")
          .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        "latin1",
      ).toString("utf8")
    : body;
  return { subject, text: text.replace(/\r\n/g, "\n") };
}

let database: TestDatabase;
let smtp: SMTPServer;
let smtpUrl = "";
const inbox: Received[] = [];
/** Recipients the SMTP server refuses (once each), to test a failed send. */
const refuseOnce = new Set<string>();

beforeAll(async () => {
  database = await createTestDatabase();
  smtp = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username });
    },
    onRcptTo(address, _session, callback) {
      if (refuseOnce.delete(address.address)) return callback(new Error("mailbox busy"));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        inbox.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          user: session.user as string | undefined,
          ...decodeBody(Buffer.concat(chunks).toString("utf8")),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  smtpUrl = `smtp://digest:secret@127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(resolve));
  await database.drop();
});

const key = { kpi: "KPI-WZG", series: "total" };
const BASE = "https://boordtabel.example";
const FROM = "Boordtabel <noreply@boordtabel.example>";

async function until(check: () => Promise<boolean> | boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("the daily e-mail digest", () => {
  it("two app instances run the digest at once: each user gets exactly one mail, in Dutch", async () => {
    const actors = await demoActors(database.db);
    const as = (who: "editor" | "reviewer") => callerFor(database.db, actors[who]);
    for (const period of ["1991", "1992"]) {
      await as("editor").measurement.record({ ...key, period, value: 77.1, source: "Statbel EAK" });
      await as("editor").measurement.submit({ ...key, period, expectedVersion: 1 });
    }
    await as("reviewer").measurement.sendBack({ ...key, period: "1991", expectedVersion: 1, reason: "bron ontbreekt" });

    const mailers: Mailer[] = [createMailer(smtpUrl, FROM), createMailer(smtpUrl, FROM)];
    const instances: Jobs[] = await Promise.all(
      mailers.map((mailer) =>
        startJobs({
          db: database.db,
          connection: database.connection,
          mailer,
          baseUrl: BASE,
          digestCron: "0 7 1 1 *",
          periodDueCron: "0 6 1 1 *",
          timezone: "Europe/Brussels",
          pollingIntervalSeconds: 1,
        }),
      ),
    );
    try {
      // Both instances queue the digest at the same moment, as two schedulers would.
      await Promise.all(instances.map((jobs) => jobs.queueDigest()));
      await until(async () => {
        const { rows } = await database.sql<{ open: number }>(
          `SELECT count(*)::int AS open FROM pgboss.job WHERE name = 'notification-digest' AND state <> 'completed'`,
        );
        return inbox.length >= 2 && rows[0]!.open === 0;
      });
    } finally {
      await Promise.all(instances.map((jobs) => jobs.stop()));
      for (const mailer of mailers) mailer.close();
    }

    const to = (email: string) => inbox.filter((m) => m.to.includes(email));
    expect(inbox).toHaveLength(2);
    const [editorMail] = to("editor@demo.boordtabel.be");
    const [reviewerMail] = to("reviewer@demo.boordtabel.be");
    expect(to("editor@demo.boordtabel.be")).toHaveLength(1);
    expect(to("reviewer@demo.boordtabel.be")).toHaveLength(1);
    expect(to("admin@demo.boordtabel.be")).toHaveLength(0);

    expect(editorMail).toMatchObject({ from: "noreply@boordtabel.example", user: "digest" });
    expect(editorMail!.subject).toBe("Boordtabel: 1 nieuwe melding");
    expect(editorMail!.text).toContain("Dag Demo-invoerder,".replace("Demo-invoerder", actors.editor.name));
    expect(editorMail!.text).toContain(
      "- Werkzaamheidsgraad Vlaanderen (totaal) (KPI-WZG), 1991: je waarde is teruggestuurd. Reden: bron ontbreekt",
    );
    expect(editorMail!.text).toContain(`Openen: ${BASE}/kpis/KPI-WZG/entry?series=total&period=1991`);
    expect(editorMail!.text).toContain(`Al je meldingen: ${BASE}/meldingen`);

    expect(reviewerMail!.subject).toBe("Boordtabel: 2 nieuwe meldingen");
    expect(reviewerMail!.text).toContain(
      "Werkzaamheidsgraad Vlaanderen (totaal) (KPI-WZG), 1991: een ingediende waarde wacht op validatie.",
    );
    expect(reviewerMail!.text).toContain("(KPI-WZG), 1992: een ingediende waarde wacht op validatie.");
    expect(reviewerMail!.text).toContain(`Openen: ${BASE}/review`);

    const unmailed = await database.db.notification.count({ where: { emailedAt: null } });
    expect(unmailed).toBe(0);
    const digests = await database.db.notification.groupBy({ by: ["digestId"], _count: true });
    expect(digests.every((d) => d.digestId !== null)).toBe(true);
  }, 60_000);

  it("a digest already sent is not sent again, and the next one carries only new unread items", async () => {
    const before = inbox.length;
    const mailer = createMailer(smtpUrl, FROM);
    try {
      const [a, b] = await Promise.all([
        sendDigests(database.db, mailer, { baseUrl: BASE, digestId: "again-1" }),
        sendDigests(database.db, mailer, { baseUrl: BASE, digestId: "again-2" }),
      ]);
      expect(a.mails + b.mails).toBe(0);
      expect(inbox.length).toBe(before);
    } finally {
      mailer.close();
    }
  });

  it("a refused send leaves the items for the next digest; two runs at once still send one mail", async () => {
    const actors = await demoActors(database.db);
    await callerFor(database.db, actors.editor).measurement.record({ ...key, period: "1993", value: 70, source: "S" });
    await callerFor(database.db, actors.editor).measurement.submit({ ...key, period: "1993", expectedVersion: 1 });
    const mailer = createMailer(smtpUrl, FROM);
    try {
      refuseOnce.add("reviewer@demo.boordtabel.be");
      const failed = await sendDigests(database.db, mailer, { baseUrl: BASE, digestId: "refused" });
      expect(failed.failures).toHaveLength(1);
      expect(await database.db.notification.count({ where: { emailedAt: null } })).toBe(1);

      const before = inbox.length;
      const runs = await Promise.all(
        ["retry-1", "retry-2", "retry-3"].map((digestId) =>
          sendDigests(database.db, mailer, { baseUrl: BASE, digestId }),
        ),
      );
      expect(runs.reduce((n, r) => n + r.mails, 0)).toBe(1);
      expect(inbox.slice(before)).toHaveLength(1);
      expect(inbox.at(-1)!.text).toContain("(KPI-WZG), 1993: een ingediende waarde wacht op validatie.");
    } finally {
      mailer.close();
    }
  });
});
