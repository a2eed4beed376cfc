import { formatPeriod, isPeriod, message, type Locale, type MessageParams } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import { NOTIFICATION_KINDS, type NotificationKind } from "./notify.js";

/** One e-mail, plain text. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Whatever delivers mail (nodemailer over SMTP in the app). A send that throws leaves the
 *  digest's items unclaimed for the next run. */
export interface MailSender {
  send(mail: Mail): Promise<void>;
}

interface ClaimedRow {
  id: number;
  kind: string;
  params: MessageParams;
  link: string;
}

interface Recipient {
  id: string;
  email: string;
  name: string;
  locale: string;
}

const isKind = (kind: string): kind is NotificationKind => (NOTIFICATION_KINDS as readonly string[]).includes(kind);

/** A period key ("2025-Q2") as the reader says it ("K2 2025"); a list "2024, 2025" item by item. */
const spokenPeriods = (value: string | number | undefined, locale: Locale): string | number | undefined =>
  typeof value === "string"
    ? value
        .split(", ")
        .map((p) => (isPeriod(p) ? formatPeriod(p, locale) : p))
        .join(", ")
    : value;

/** The sentence of one item in the reader's language (the KPI's English name for English). */
export function notificationText(locale: Locale, kind: NotificationKind, params: MessageParams): string {
  const kpiName = locale === "en" && params["kpiNameEn"] !== undefined ? params["kpiNameEn"] : params["kpiName"];
  const filled: MessageParams = { ...params };
  if (kpiName !== undefined) filled["kpiName"] = kpiName;
  const period = spokenPeriods(params["period"], locale);
  if (period !== undefined) filled["period"] = period;
  return message(locale, `notification.${kind}`, filled);
}

/** An in-app link made absolute, keeping the reader's language. */
function absolute(baseUrl: string, link: string, locale: Locale): string {
  const url = new URL(link, baseUrl);
  if (locale === "en") url.searchParams.set("lang", "en");
  return url.toString();
}

/** The digest of one user: every item in the user's language with its link, and the inbox. */
export function digestMail(user: Recipient, rows: ClaimedRow[], baseUrl: string): Mail {
  const locale: Locale = user.locale === "en" ? "en" : "nl";
  const items = rows.flatMap((r) =>
    isKind(r.kind)
      ? [
          `- ${notificationText(locale, r.kind, r.params)}`,
          `  ${message(locale, "notification.digest.open", { url: absolute(baseUrl, r.link, locale) })}`,
          "",
        ]
      : [],
  );
  const subject =
    rows.length === 1
      ? message(locale, "notification.digest.subjectOne")
      : message(locale, "notification.digest.subjectMany", { count: rows.length });
  const text = [
    message(locale, "notification.digest.greeting", { name: user.name }),
    "",
    message(locale, "notification.digest.intro"),
    "",
    ...items,
    message(locale, "notification.digest.inbox", { url: absolute(baseUrl, "/meldingen", locale) }),
    "",
    message(locale, "notification.digest.footer"),
    "",
  ].join("\n");
  return { to: user.email, subject, text };
}

/** How long one user's claim may wait for another instance's claim and the SMTP send. */
const CLAIM_TIMEOUT_MS = 120_000;

/** Sends every user with unread, not yet e-mailed items one digest. Per user, one transaction
 *  claims the items (`UPDATE … WHERE emailed_at IS NULL … RETURNING`, so an item is claimed by
 *  one run only, however many app instances run the digest at once), sends the mail and commits;
 *  a failed send rolls the claim back so the next digest carries the items. */
export async function sendDigests(
  db: Db,
  mailer: MailSender,
  options: { baseUrl: string; digestId: string; now?: Date },
): Promise<{ mails: number; items: number; failures: { userId: string; error: string }[] }> {
  const now = options.now ?? new Date();
  const pending = await db.user.findMany({
    where: { disabled: false, notifications: { some: { emailedAt: null, readAt: null, createdAt: { lte: now } } } },
    select: { id: true, email: true, name: true, locale: true },
    orderBy: { id: "asc" },
  });
  let mails = 0;
  let items = 0;
  const failures: { userId: string; error: string }[] = [];
  for (const user of pending) {
    try {
      const claimed = await db.$transaction(
        async (tx) => {
          const rows = await tx.$queryRaw<ClaimedRow[]>`
            UPDATE notification SET emailed_at = ${now}, digest_id = ${options.digestId}
            WHERE user_id = ${user.id} AND emailed_at IS NULL AND read_at IS NULL AND created_at <= ${now}
            RETURNING id, kind, params, link`;
          if (rows.length === 0) return 0;
          rows.sort((a, b) => a.id - b.id);
          await mailer.send(digestMail(user, rows, options.baseUrl));
          return rows.length;
        },
        { timeout: CLAIM_TIMEOUT_MS, maxWait: 10_000 },
      );
      if (claimed > 0) {
        mails += 1;
        items += claimed;
      }
    } catch (error) {
      failures.push({ userId: user.id, error: (error as Error).message });
    }
  }
  return { mails, items, failures };
}
