import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import { createTestServer } from "@boordtabel/api-server/test-support";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "@boordtabel/bench/web";

export const WEB_DIST = fileURLToPath(new URL("../apps/web/dist/", import.meta.url));
export const SCREENSHOT_DIR = fileURLToPath(new URL("../test-results/screenshots/", import.meta.url));

export interface Journey {
  baseUrl: string;
  page: Page;
  database: TestDatabase;
  close(): Promise<void>;
}

/** The real server on a fresh test database with the built web app, and Debian's Chromium
 *  (never a downloaded browser). */
export async function openJourney(): Promise<Journey> {
  if (!existsSync(join(WEB_DIST, "index.html"))) {
    throw new Error("apps/web/dist is missing: run the tests with `pnpm test`, which builds the web app first.");
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  const database = await createTestDatabase();
  const server = createTestServer(database.db, { webDistDir: WEB_DIST });
  const { url } = await server.start(0, "127.0.0.1");
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS, // Playwright gives every launch a fresh, empty profile directory of its own.
  });
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    baseUrl: url,
    page,
    database,
    async close() {
      await browser.close();
      await server.stop();
      await database.drop();
    },
  };
}
