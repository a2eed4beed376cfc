// The start command as a user runs it: a real process on the embedded PostgreSQL.
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createTestDatabase } from "@boordtabel/db/testing";
import { toDatabaseUrl } from "@boordtabel/db";
import { afterAll, describe, expect, it } from "vitest";

const appDir = fileURLToPath(new URL("../../", import.meta.url));
const tsx = join(appDir, "node_modules", ".bin", "tsx");
const root = mkdtempSync(join(tmpdir(), "boordtabel-start-"));
chmodSync(root, 0o755);
const dataDir = join(root, "pg");
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

function run(env: Record<string, string>): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  // As `pnpm start` runs it: Node with tsx as its loader, so a signal reaches the server itself.
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/start.ts"], {
    cwd: appDir,
    env: { ...process.env, PORT: "0", LOG_LEVEL: "warn", BOORDTABEL_DATA_DIR: dataDir, DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exit };
}

async function start(env: Record<string, string> = {}): Promise<Started & { exit: Promise<number | null> }> {
  const proc = run(env);
  // A cold start (initdb, roles, migrations, seed) takes well over a minute on a loaded CI machine.
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    const match = /running at (http:\/\/\S+)/.exec(proc.output());
    if (match) return { ...proc, url: match[1]! };
    if (proc.child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.child.kill("SIGKILL");
  throw new Error(`did not start:\n${proc.output()}`);
}

const postmasterPid = (): number => Number(readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("pnpm start (embedded PostgreSQL)", () => {
  it("starts cold, migrates, loads the reference plans and serves the IAB tree", async () => {
    const app = await start();
    try {
      expect(app.output()).toContain("Applied migrations: 20261122000000_init");
      expect(app.output()).toContain("Loaded the reference plans");
      const plan = (await (await fetch(`${app.url}/api/v1/plans/IAB`)).json()) as { nodes: { kind: string }[] };
      expect(plan.nodes.filter((n) => n.kind === "pillar")).toHaveLength(4);
      expect(app.output()).toContain('Demo accounts (password "boordtabel-demo"): admin@demo.boordtabel.be');
      const signIn = await fetch(`${app.url}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: app.url },
        body: JSON.stringify({ email: "editor@demo.boordtabel.be", password: "boordtabel-demo" }),
      });
      expect(signIn.status).toBe(200);
    } finally {
      app.child.kill("SIGTERM");
      await app.exit;
    }
  }, 180_000);

  it("stops the server and PostgreSQL on SIGTERM, leaving no process behind", async () => {
    const app = await start();
    const pid = postmasterPid();
    expect(alive(pid)).toBe(true);
    app.child.kill("SIGTERM");
    expect(await app.exit).toBe(0);
    expect(alive(pid)).toBe(false);
    expect(existsSync(join(dataDir, "postmaster.pid"))).toBe(false);
  });

  it("keeps the data between runs: a restart neither migrates nor seeds again", async () => {
    const app = await start();
    try {
      expect(app.output()).not.toContain("Applied migrations");
      expect(app.output()).not.toContain("Loaded the reference plans");
      const { plans } = (await (await fetch(`${app.url}/api/v1/plans`)).json()) as { plans: unknown[] };
      expect(plans).toHaveLength(3);
    } finally {
      app.child.kill("SIGINT");
      expect(await app.exit).toBe(0);
    }
  });
});

describe("pnpm start after a crash (kill -9)", () => {
  it("stops the PostgreSQL the crashed run left behind and serves; a second start on the same data is refused", async () => {
    const crashed = await start();
    const orphan = postmasterPid();
    crashed.child.kill("SIGKILL");
    await crashed.exit;
    expect(alive(orphan)).toBe(true); // what the crash leaves: PostgreSQL still holds the data

    const app = await start();
    try {
      expect(app.output()).toContain("Stopped a PostgreSQL left running by an earlier run");
      expect(alive(orphan)).toBe(false);
      expect((await fetch(`${app.url}/readyz`)).status).toBe(200);

      const second = run({});
      expect(await second.exit).toBe(1);
      expect(second.output()).toContain("is in use by another running Boordtabel");
      expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
    } finally {
      app.child.kill("SIGINT");
      expect(await app.exit).toBe(0);
    }
    expect(app.output()).toContain("Stopping Boordtabel (Ctrl-C) ...");
    expect(app.output()).toContain("Stopped.");
  }, 180_000);
});

describe("pnpm start with DATABASE_URL", () => {
  it("uses that server instead of the embedded one: migrates, seeds and serves", async () => {
    const database = await createTestDatabase({ empty: true });
    try {
      const app = await start({
        DATABASE_URL: toDatabaseUrl(database.connection),
        BOORDTABEL_DATA_DIR: join(root, "unused"),
      });
      try {
        expect(app.output()).not.toContain("embedded PostgreSQL");
        expect(app.output()).not.toContain("Demo accounts");
        const { plans } = (await (await fetch(`${app.url}/api/v1/plans`)).json()) as { plans: unknown[] };
        expect(plans).toHaveLength(3);
      } finally {
        app.child.kill("SIGTERM");
        expect(await app.exit).toBe(0);
      }
      expect(await database.db.plan.count()).toBe(3);
      expect(await database.db.user.count()).toBe(0);
      expect(existsSync(join(root, "unused"))).toBe(false);
    } finally {
      await database.drop();
    }
  });
});

describe("admin:create", () => {
  it("creates the first admin from the command line, audited", async () => {
    const database = await createTestDatabase();
    try {
      const child = spawn(
        tsx,
        ["src/cli/admin-create.ts", "--", "--email", "Chef@Example.BE", "--name", "Eerste Beheerder"],
        {
          cwd: appDir,
          env: {
            ...process.env,
            DATABASE_URL: toDatabaseUrl(database.connection),
            BOORDTABEL_ADMIN_PASSWORD: "een-sterk-wachtwoord",
          },
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      let output = "";
      child.stdout.on("data", (c: Buffer) => (output += c.toString()));
      child.stderr.on("data", (c: Buffer) => (output += c.toString()));
      expect(await new Promise((r) => child.on("exit", r))).toBe(0);
      expect(output).toContain("Created admin chef@example.be");
      const user = await database.db.user.findUniqueOrThrow({
        where: { email: "chef@example.be" },
        select: { role: true },
      });
      expect(user.role).toBe("ADMIN");
      expect(await database.db.auditLog.count({ where: { action: "user.create", actorLabel: "system:cli" } })).toBe(1);
    } finally {
      await database.drop();
    }
  });
});

describe("pnpm start refuses clearly", () => {
  it("a port that is taken", async () => {
    const blocker: Server = createServer();
    await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", () => r()));
    const port = (blocker.address() as { port: number }).port;
    try {
      const proc = run({ PORT: String(port) });
      expect(await proc.exit).toBe(1);
      expect(proc.output()).toContain(`Port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });

  it("a data directory that cannot be created", async () => {
    const file = join(root, "a-file");
    writeFileSync(file, "");
    const proc = run({ BOORDTABEL_DATA_DIR: join(file, "pg") });
    expect(await proc.exit).toBe(1);
    expect(proc.output()).toMatch(/The data directory .* cannot be created or written/);
  });

  it("a database server that cannot be reached", async () => {
    const proc = run({ DATABASE_URL: "postgresql://nobody:secret@127.0.0.1:1/boordtabel" });
    expect(await proc.exit).toBe(1);
    expect(proc.output()).toContain("Cannot reach PostgreSQL at 127.0.0.1:1/boordtabel");
    expect(proc.output()).not.toContain("secret");
  });
});
