import { z } from "zod";
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: z.string().url().optional(),
  BOORDTABEL_DATA_DIR: z.string().min(1).optional(),
  /** Signs session cookies; at least 32 characters. Required in production. */
  BOORDTABEL_SECRET: z.string().min(32).optional(),
  /** The address users reach the app at (origin of browser requests), e.g. https://boordtabel.example. */
  PUBLIC_URL: z.string().url().optional(),
  /** Extra origins allowed to send mutations, comma-separated. */
  TRUSTED_ORIGINS: z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(",")
            .map((o) => o.trim())
            .filter(Boolean)
        : [],
    ),
  /** The Chromium that prints board packs; Debian's /usr/bin/chromium when left out. */
  CHROMIUM_PATH: z.string().min(1).optional(),
  /** Sends the daily e-mail digest when set: smtp://user:pass@host:587 or smtps://…:465. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, { message: "must start with smtp:// or smtps://" })
    .optional(),
  /** A file holding SMTP_URL (a container secret); read when SMTP_URL is not set. */
  SMTP_URL_FILE: z.string().min(1).optional(),
  MAIL_FROM: z.string().min(3).default("Boordtabel <noreply@boordtabel.invalid>"),
  /** When the daily digest goes out (cron, in DIGEST_TIMEZONE). */
  DIGEST_CRON: z.string().min(9).default("0 7 * * *"),
  /** When the "period became due" notifications are made (cron, in DIGEST_TIMEZONE). */
  PERIOD_DUE_CRON: z.string().min(9).default("0 6 * * *"),
  DIGEST_TIMEZONE: z.string().min(1).default("Europe/Brussels"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  WEB_DIST_DIR: z
    .string()
    .min(1)
    .default(fileURLToPath(new URL("../../web/dist/", import.meta.url))),
});

export type Env = z.infer<typeof envSchema> & { dataDir: string; smtpUrl: string | undefined };

/** SMTP_URL from a secret file, trimmed; its content must be an smtp(s):// URL too. */
function readSmtpUrlFile(path: string | undefined): string | undefined {
  if (!path) return undefined;
  const url = readFileSync(path, "utf8").trim();
  if (!/^smtps?:\/\//.test(url)) throw new Error("Invalid configuration: SMTP_URL_FILE must hold an smtp(s):// URL.");
  return url;
}

/** Root's home folder is closed to the "postgres" user the embedded server runs as, so a
 *  checkout there keeps its data under /var/lib/boordtabel instead of inside the repo. */
function defaultDataDir(): string {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && repoRoot.startsWith(`${homedir()}/`)) return "/var/lib/boordtabel/postgres";
  return `${repoRoot}.data/postgres`;
}

/** The only place that reads process.env. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty variable (DATABASE_URL= in a shell or .env file) means "not set".
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${problems}`);
  }
  if (parsed.data.NODE_ENV === "production" && !parsed.data.BOORDTABEL_SECRET) {
    throw new Error("Invalid configuration: BOORDTABEL_SECRET (32+ characters) is required in production.");
  }
  return {
    ...parsed.data,
    dataDir: parsed.data.BOORDTABEL_DATA_DIR ?? defaultDataDir(),
    smtpUrl: parsed.data.SMTP_URL ?? readSmtpUrlFile(parsed.data.SMTP_URL_FILE),
  };
}
