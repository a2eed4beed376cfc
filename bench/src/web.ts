import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "playwright-core";

export const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The JavaScript a browser loads for one route, gzipped as a server would send it: every
 *  script the page requested until the network was idle, compressed from the built files. */
export async function routeJavaScriptGzipKb(
  page: Page,
  url: string,
  webDist: string,
): Promise<{ files: string[]; kb: number }> {
  const files: string[] = [];
  const onRequest = (request: { resourceType(): string; url(): string }) => {
    if (request.resourceType() === "script") files.push(new URL(request.url()).pathname);
  };
  page.on("request", onRequest);
  await page.goto(url);
  await page.waitForLoadState("networkidle");
  page.off("request", onRequest);
  const bytes = files.reduce((sum, path) => sum + gzipSync(readFileSync(join(webDist, path)), { level: 9 }).length, 0);
  return { files, kb: Math.round((bytes / 1024) * 10) / 10 };
}

export interface WebFigures {
  first_route_js_gzip_kb: number | null;
  first_chart_ms: number | null;
  note?: string;
}

/** Gzipped JavaScript of the first route, and the median time from navigation to the KPI
 *  chart's actual line drawn, each run in a fresh browser context (cold cache). */
export async function measureWeb(baseUrl: string, webDist: string, kpi: string, runs: number): Promise<WebFigures> {
  if (!existsSync(CHROMIUM)) {
    return { first_route_js_gzip_kb: null, first_chart_ms: null, note: `no Chromium at ${CHROMIUM}` };
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const first = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const { kb } = await routeJavaScriptGzipKb(first, `${baseUrl}/`, webDist);
    await first.close();
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/kpis/${kpi}`, { waitUntil: "commit" });
      await page.locator(".series-actual path.recharts-curve").waitFor({ timeout: 30_000 });
      times.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
    times.sort((a, b) => a - b);
    return { first_route_js_gzip_kb: kb, first_chart_ms: Math.round(times[Math.floor(times.length / 2)]!) };
  } finally {
    await browser.close();
  }
}
