import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { findFreePort } from "@boordtabel/db";

const REPO = fileURLToPath(new URL("../../", import.meta.url));

/** The runtime environment docker/Dockerfile sets, so the bench measures what production runs. */
const PRODUCTION_IMAGE_ENV = { NODE_ENV: "production", MALLOC_ARENA_MAX: "2" };

/** The Node flags the Docker image starts the server with (its `CMD`; server.test.ts holds the two
 *  equal). */
export const PRODUCTION_IMAGE_NODE_FLAGS = ["--initial-old-space-size=128", "--enable-source-maps"];

export interface RunningServer {
  url: string;
  /** The server process's resident memory, in MB. */
  rssMb(): number;
  stop(): Promise<void>;
}

/** The compiled server (`apps/api/dist/start.mjs`, what the Docker image runs) in its own process,
 *  with the image's runtime settings (its Node flags, NODE_ENV, glibc's arena cap, a secret, the
 *  built web app), on the benchmark's database. `pnpm bench` builds it first. */
export async function startServer(databaseUrl: string): Promise<RunningServer> {
  const entry = `${REPO}apps/api/dist/start.mjs`;
  if (!existsSync(entry)) {
    throw new Error(
      `${entry} is missing: build the server first (corepack pnpm --filter @boordtabel/api-server build).`,
    );
  }
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  // BENCH_SERVER_NODE_ARGS passes extra flags to the server's Node, e.g. "--cpu-prof" to profile it.
  const extra = (process.env["BENCH_SERVER_NODE_ARGS"] ?? "").split(" ").filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...extra, ...PRODUCTION_IMAGE_NODE_FLAGS, entry], {
    cwd: `${REPO}apps/api`,
    env: {
      ...process.env,
      ...PRODUCTION_IMAGE_ENV,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_URL: url,
      BOORDTABEL_SECRET: randomBytes(24).toString("hex"),
      BOORDTABEL_PRISMA_DIR: `${REPO}prisma/`,
      WEB_DIST_DIR: `${REPO}apps/web/dist/`,
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server stopped at start:\n${output}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`The server did not answer within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    rssMb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
