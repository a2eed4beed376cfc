import { z } from "zod";
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { fileURLToPath } from "node:url";
import { signInFromEnv, type SignInEnv } from "./oidc-env.js";
import { isAccessibilityContact } from "./accessibility-routes.js";

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
  /** Where people report accessibility problems (the statement page, /toegankelijkheid): an
   *  e-mail address or an http(s) address. */
  ACCESSIBILITY_CONTACT: z
    .string()
    .trim()
    .refine(isAccessibilityContact, { message: "must be an e-mail address or an http(s) address" })
    .optional(),
  /** A file holding SMTP_URL (a container secret); read when SMTP_URL is not set. */
  SMTP_URL_FILE: z.string().min(1).optional(),
  MAIL_FROM: z.string().min(3).default("Boordtabel <noreply@boordtabel.invalid>"),
  /** When the daily digest goes out (cron, in DIGEST_TIMEZONE). */
  DIGEST_CRON: z.string().min(9).default("0 7 * * *"),
  /** When the "period became due" notifications are made (cron, in DIGEST_TIMEZONE). */
  PERIOD_DUE_CRON: z.string().min(9).default("0 6 * * *"),
  DIGEST_TIMEZONE: z.string().min(1).default("Europe/Brussels"),
  /** Proxies whose X-Forwarded-For is believed: "true", a hop count, or comma-separated
   *  addresses/CIDRs (e.g. 10.0.0.0/8,127.0.0.1). Unset: the socket address is the client. */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v): boolean | number | string[] | undefined => {
      if (!v || v === "false") return undefined;
      if (v === "true") return true;
      if (/^\d+$/.test(v)) return Number(v);
      return v
        .split(",")
        .map((a) => a.trim())
        .filter(Boolean);
    }),
  /** "1": the app neither migrates nor seeds (a separate `migrate` job does, as the owner role);
   *  it only checks that the database is current. */
  BOORDTABEL_SKIP_MIGRATE: z.enum(["0", "1"]).default("0"),
  /** For the migrate command: the login role the app uses, created/updated and granted DML only. */
  BOORDTABEL_APP_ROLE: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/)
    .optional(),
  BOORDTABEL_APP_PASSWORD: z.string().min(12).optional(),
  /** Sign-in attempts per minute, per account and per client address (shared by instances). */
  SIGN_IN_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  SIGN_IN_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
  /** Request lines ("incoming request", "request completed") are logged at debug. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  WEB_DIST_DIR: z
    .string()
    .min(1)
    .default(fileURLToPath(new URL("../../web/dist/", import.meta.url))),
});

export type Env = z.infer<typeof envSchema> & { dataDir: string; smtpUrl: string | undefined; signIn: SignInEnv };

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

/** Secrets may come from files (Docker secrets): X_FILE names a file holding X. */
export const FILE_VARIABLES = ["DATABASE_URL", "BOORDTABEL_SECRET", "BOORDTABEL_APP_PASSWORD"] as const;

function readSecretFiles(present: Record<string, string | undefined>): Record<string, string | undefined> {
  const result = { ...present };
  for (const name of FILE_VARIABLES) {
    const file = present[`${name}_FILE`];
    if (!file || present[name]) continue;
    try {
      result[name] = readFileSync(file, "utf8").trim();
    } catch (error) {
      throw new Error(`Invalid configuration: ${name}_FILE (${file}) cannot be read: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }
  return result;
}

/** The only place that reads process.env. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty variable (DATABASE_URL= in a shell or .env file) means "not set".
  const present = readSecretFiles(Object.fromEntries(Object.entries(source).filter(([, value]) => value !== "")));
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
    signIn: signInFromEnv(present),
  };
}
