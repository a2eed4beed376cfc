import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findFreePort } from "@boordtabel/db";

const SCRIPT = fileURLToPath(new URL("./floor-server.ts", import.meta.url));

export interface FloorServer {
  url: string;
  /** Copies what the API answers for these paths into files; returns their paths on the floor. */
  mirror(apiUrl: string, name: string, paths: string[]): Promise<string[]>;
  stop(): Promise<void>;
}

/** A static file server over `dir`, in its own process like the API server. */
export async function startFloor(dir: string): Promise<FloorServer> {
  mkdirSync(dir, { recursive: true });
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", SCRIPT, dir, String(port)], {
    cwd: fileURLToPath(new URL("../", import.meta.url)),
    stdio: ["ignore", "inherit", "inherit"],
  });
  for (let tries = 0; ; tries++) {
    try {
      await fetch(url);
      break;
    } catch {
      if (tries > 300) throw new Error("the floor server did not start");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    async mirror(apiUrl, name, paths) {
      const folder = name.replace(/[^a-z0-9]+/gi, "-");
      mkdirSync(join(dir, folder), { recursive: true });
      return Promise.all(
        paths.map(async (path, i) => {
          const body = Buffer.from(await (await fetch(apiUrl + path)).arrayBuffer());
          const file = `${folder}/${i}.${path.includes(".csv") ? "csv" : "json"}`;
          writeFileSync(join(dir, file), body);
          return `/${file}`;
        }),
      );
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
