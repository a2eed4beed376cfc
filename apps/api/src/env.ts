import { z } from "zod";
import { homedir } from "node:os";
import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: z.string().url().optional(),
  BOORDTABEL_DATA_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  WEB_DIST_DIR: z
    .string()
    .min(1)
    .default(fileURLToPath(new URL("../../web/dist/", import.meta.url))),
});

export type Env = z.infer<typeof envSchema> & { dataDir: string };

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
  return { ...parsed.data, dataDir: parsed.data.BOORDTABEL_DATA_DIR ?? defaultDataDir() };
}
