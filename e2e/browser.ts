import { findFreePort } from "@boordtabel/db";
import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import { createTestServer } from "@boordtabel/api-server/test-support";
import type { ServerOptions } from "@boordtabel/api-server";
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
  /** Another browser session (its own cookies), e.g. a second user. */
  newPage(): Promise<Page>;
  database: TestDatabase;
  close(): Promise<void>;
}

/** The real server on a fresh test database with the built web app, and Debian's Chromium
 *  (never a downloaded browser). */
export async function openJourney(
  options: {
    /** More sign-in settings (single sign-on, …), given the address the app will be reached at. */
    auth?: (baseUrl: string) => Promise<Partial<ServerOptions["auth"]>>;
  } = {},
): Promise<Journey> {
  if (!existsSync(join(WEB_DIST, "index.html"))) {
    throw new Error("apps/web/dist is missing: run the tests with `pnpm test`, which builds the web app first.");
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  const database = await createTestDatabase();
  // Sign-in checks the page's origin, so the server must know the address it is reached at.
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const auth = { baseURL: url, ...(await options.auth?.(url)) };
  const server = createTestServer(database.db, { webDistDir: WEB_DIST, auth });
  await server.start(port, "127.0.0.1");
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS, // Playwright gives every launch a fresh, empty profile directory of its own.
  });
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    baseUrl: url,
    page,
    newPage: async () => (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage(),
    database,
    async close() {
      await browser.close();
      await server.stop();
      await database.drop();
    },
  };
}

/** Signs in through the sign-in page, as a person would. */
export async function signInAs(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await page.getByTestId("who").waitFor();
}
