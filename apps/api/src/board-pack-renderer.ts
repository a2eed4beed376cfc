import type { BoardPackKey } from "@boordtabel/api";
import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";

/** No Chromium to print with (missing, or it would not start): the endpoint answers 503. */
export class ChromiumUnavailable extends Error {
  override readonly name = "ChromiumUnavailable";
}

const LAUNCH_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** How long the print route may take to load its data and draw its charts. */
const READY_TIMEOUT_MS = 90_000;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** One headless Chromium, started on the first pack and closed with the server; each pack gets
 *  its own browser context (no shared cookies or cache) that is closed after printing. */
export function createBoardPackRenderer(chromiumPath: () => string) {
  let running: { path: string; browser: Promise<Browser> } | null = null;

  function browser(): Promise<Browser> {
    const path = chromiumPath();
    if (running?.path === path) return running.browser;
    if (!existsSync(path)) throw new ChromiumUnavailable(`no Chromium at ${path}`);
    const previous = running;
    if (previous) void previous.browser.then((b) => b.close()).catch(() => {});
    // Playwright is loaded with the first pack: it holds about 30 MB of heap (and 90 MB of
    // memory) that every garbage collection of a server that never prints would mark.
    const launched = import("playwright-core")
      .then(({ chromium }) => chromium.launch({ executablePath: path, headless: true, args: LAUNCH_ARGS }))
      .then((started) => {
        // A browser that crashed or was killed is started again on the next pack.
        started.on("disconnected", () => {
          if (running?.browser === launched) running = null;
        });
        return started;
      })
      .catch((error: unknown) => {
        if (running?.browser === launched) running = null;
        throw new ChromiumUnavailable(`Chromium at ${path} did not start: ${String(error)}`);
      });
    running = { path, browser: launched };
    return launched;
  }

  /** Prints the app's print route of the pack, loaded from this server itself. The page shows
   *  the same published figures whoever asks; only access to it depends on the credentials. */
  async function render(origin: string, key: BoardPackKey, credentials: Record<string, string>): Promise<Uint8Array> {
    const context = await (
      await browser()
    ).newContext({
      locale: key.lang === "nl" ? "nl-BE" : "en-GB",
      viewport: { width: 794, height: 1123 },
      // The requester's session or token, so a pack can be made when reading needs signing in.
      extraHTTPHeaders: credentials,
    });
    try {
      const page = await context.newPage();
      const url = `${origin}/print/plans/${encodeURIComponent(key.code)}?asOf=${key.asOf}&lang=${key.lang}`;
      const response = await page.goto(url, { waitUntil: "load" });
      if (!response?.ok()) throw new Error(`print route answered ${response?.status()}`);
      await page.waitForSelector("html[data-ready]", { state: "attached", timeout: READY_TIMEOUT_MS });
      const root = page.locator("html");
      const [ready, header, pageLabel] = await Promise.all([
        root.getAttribute("data-ready"),
        root.getAttribute("data-pack-header"),
        root.getAttribute("data-pack-page"),
      ]);
      const labels = { ready, header: header ?? "", page: pageLabel ?? "" };
      if (labels.ready !== "true") throw new Error("the print route could not load its data");
      const style = "font: 8px sans-serif; color: #333; width: 100%; margin: 0 14mm;";
      return await page.pdf({
        format: "A4",
        tagged: true,
        outline: true,
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        margin: { top: "18mm", bottom: "16mm", left: "14mm", right: "14mm" },
        headerTemplate: `<div style="${style}">${escapeHtml(labels.header)}</div>`,
        footerTemplate: `<div style="${style} text-align: right;">${escapeHtml(labels.page)} <span class="pageNumber"></span>/<span class="totalPages"></span></div>`,
      });
    } finally {
      await context.close();
    }
  }

  async function close(): Promise<void> {
    const current = running;
    running = null;
    if (current) await (await current.browser.catch(() => null))?.close();
  }

  return { render, close };
}
