import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";

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
