import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { DEMO_PASSWORD, ensureDemoAccounts } from "@boordtabel/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { openJourney, SCREENSHOT_DIR, signInAs, type Journey } from "./browser.js";

let journey: Journey;
const work = mkdtempSync(join(tmpdir(), "boordtabel-print-"));

beforeAll(async () => {
  journey = await openJourney();
  await ensureDemoAccounts(journey.database.db);
});
afterAll(() => journey?.close());

const KPI = "/kpis/KPI-WZG";
const PLAN = "/plans/IAB";

async function openChart(page: Page, path = KPI): Promise<void> {
  await page.goto(`${journey.baseUrl}${path}`);
  await page.locator("circle[data-series=actual]").first().waitFor();
}

const display = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) => elements.map((e) => getComputedStyle(e).display));

describe("printing a KPI and the plan", () => {
  it("hides navigation and every control on paper, and prints the as-of date, print date and source", async () => {
    const { page } = journey;
    await openChart(page);
    await page.emulateMedia({ media: "print" });
    try {
      for (const selector of [".app-header", "nav", "button", "select", "input", ".downloads-panel"]) {
        const shown = (await display(page, selector)).filter((d) => d !== "none");
        expect({ selector, shown }).toEqual({ selector, shown: [] });
      }
      const line = page.getByTestId("print-line");
      expect(await line.isVisible()).toBe(true);
      const text = await line.textContent();
      expect(text).toMatch(/Stand van de cijfers: \d{2}\/\d{2}\/\d{4}/);
      expect(text).toMatch(/Afgedrukt op \d{2}\/\d{2}\/\d{4}/);
      expect(text).toContain("Bron: EAK Statbel");
      // Fixed size on paper, whatever the window's width.
      const surface = page.locator(".kpi-chart .recharts-wrapper > svg.recharts-surface");
      expect(await surface.getAttribute("width")).toBe("700");
      expect(await surface.getAttribute("height")).toBe("250");
    } finally {
      await page.emulateMedia({ media: null });
    }
    expect(await page.getByTestId("print-line").isVisible()).toBe(false);
  });

  it("prints one KPI on one A4 page, with its chart", async () => {
    const { page } = journey;
    await openChart(page);
    const file = join(work, "kpi.pdf");
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)/);
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    expect(text).toContain("Werkzaamheidsgraad Vlaanderen (totaal)");
    expect(text).toContain("Afgedrukt op");
    expect(text).not.toContain("Gegevens downloaden");
  });

  it("prints the plan page without navigation, with its as-of line", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}${PLAN}`);
    await page.locator("[data-kpi-row]").first().waitFor();
    await page.emulateMedia({ media: "print" });
    try {
      expect((await display(page, "nav, button, input, .app-header")).every((d) => d === "none")).toBe(true);
      expect(await page.getByTestId("print-line").textContent()).toMatch(
        /Stand van de cijfers: .* Afgedrukt op .* Bron:/,
      );
    } finally {
      await page.emulateMedia({ media: null });
    }
  });
});

describe("downloads on the KPI page", () => {
  it("saves the chart as a PNG at twice its size, named with the KPI's code and the date", async () => {
    const { page } = journey;
    await openChart(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("[data-chart-export=png]").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^KPI-WZG-\d{4}-\d{2}-\d{2}\.png$/);
    const png = readFileSync(await download.path());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    const chartWidth = await page.locator(".kpi-chart .recharts-wrapper > svg").evaluate((s) => s.clientWidth);
    expect(width).toBe(2 * chartWidth);
    expect(height).toBeGreaterThan(2 * 380);
    // Not a blank canvas: a drawn chart compresses far worse than an empty one.
    expect(png.length).toBeGreaterThan(20_000);
  });

  it("saves the chart as an SVG that stands on its own: title, actual line, legend and fonts", async () => {
    const { page } = journey;
    await openChart(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("[data-chart-export=svg]").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^KPI-WZG-\d{4}-\d{2}-\d{2}\.svg$/);
    const svg = readFileSync(await download.path(), "utf8");
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain("<title>Werkzaamheidsgraad Vlaanderen (totaal)</title>");
    expect(svg).toMatch(
      /series-actual[^>]*>(?:(?!<\/g>).)*<path[^>]*class="recharts-curve recharts-line-curve"[^>]*d="M/s,
    );
    expect(svg).toContain("Bron: EAK Statbel");
    expect(svg).toContain(">Waarde</text>");
    expect(svg).toMatch(/font-family:/);
    // Opened by itself (no page, no stylesheet), the file is a drawable image with the actual line.
    const viewer = await journey.newPage();
    await viewer.setContent(`<img id="chart" src="data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}">`);
    const size = await viewer
      .locator("#chart")
      .evaluate(async (img: HTMLImageElement) => (await img.decode(), [img.naturalWidth, img.naturalHeight]));
    expect(size[0]).toBeGreaterThan(500);
    expect(size[1]).toBeGreaterThan(380);
    await viewer.close();
  });

  it("links the data as CSV, CSV for Excel and XLSX as of a date, each answering with its file type", async () => {
    const { page, baseUrl } = journey;
    await openChart(page);
    const links = await page
      .locator("a[data-download]")
      .evaluateAll((as) =>
        as.map((a) => [a.getAttribute("data-download"), a.getAttribute("href"), a.getAttribute("download")]),
      );
    const types: Record<string, RegExp> = {
      csv: /^text\/csv/,
      excel: /^text\/csv/,
      xlsx: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet/,
    };
    expect(links.map(([kind]) => kind)).toEqual(["csv", "excel", "xlsx"]);
    for (const [kind, href, name] of links) {
      expect(href).toMatch(/asOf=\d{4}-\d{2}-\d{2}/);
      expect(name).toMatch(/^KPI-WZG-\d{4}-\d{2}-\d{2}\./);
      const response = await page.request.get(`${baseUrl}${href}`);
      expect({ kind, status: response.status() }).toEqual({ kind, status: 200 });
      expect(response.headers()["content-type"]).toMatch(types[kind!]!);
      expect(response.headers()["content-disposition"]).toMatch(/filename="KPI-WZG-observations-\d{4}-\d{2}-\d{2}\./);
    }
  });
});

describe("the room, the laptop and the phone", () => {
  async function at(page: Page, width: number, height: number, run: () => Promise<void>): Promise<void> {
    await page.setViewportSize({ width, height });
    try {
      await run();
    } finally {
      await page.setViewportSize({ width: 1366, height: 768 });
    }
  }

  it("puts the chart and its explanation side by side on a 1920 px projector, with a taller chart", async () => {
    const { page } = journey;
    await at(page, 1920, 1080, async () => {
      await openChart(page);
      const chart = (await page.locator(".kpi-chart").boundingBox())!;
      const explain = (await page.locator(".explain").boundingBox())!;
      expect(explain.x).toBeGreaterThanOrEqual(chart.x + chart.width);
      expect(explain.y).toBeLessThan(chart.y + chart.height);
      expect(chart.width).toBeGreaterThan(1000);
      const main = (await page.locator("main").boundingBox())!;
      expect(main.width).toBeGreaterThan(1800);
      expect(await page.locator(".kpi-chart .recharts-wrapper > svg").getAttribute("height")).toBe("520");
      await page.screenshot({ path: join(SCREENSHOT_DIR, "room-1920-kpi.png") });
      await page.goto(`${journey.baseUrl}${PLAN}`);
      await page.locator("[data-kpi-row]").first().waitFor();
      expect((await page.locator("main").boundingBox())!.width).toBeGreaterThan(1800);
      await page.screenshot({ path: join(SCREENSHOT_DIR, "room-1920-plan.png") });
    });
  });

  it("never scrolls sideways at 390 px: the tables become stacked rows with labels", async () => {
    const { page, baseUrl } = journey;
    await at(page, 390, 844, async () => {
      for (const path of [PLAN, KPI]) {
        await page.goto(`${baseUrl}${path}`);
        await page.locator("[data-kpi-row], [data-period]").first().waitFor();
        await page.waitForLoadState("networkidle");
        const { scroll, client } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        expect({ path, fits: scroll <= client }).toEqual({ path, fits: true });
        await page.screenshot({
          path: join(SCREENSHOT_DIR, `phone-390${path.replaceAll("/", "-")}.png`),
          fullPage: true,
        });
      }
      // The KPI page's value rows are stacked, each value labelled; the chart keeps its year axis.
      expect(
        await page
          .locator(".kpi-values tr[data-period]")
          .first()
          .evaluate((r) => getComputedStyle(r).display),
      ).toBe("block");
      expect(
        await page
          .locator(".kpi-values td[data-label]")
          .first()
          .evaluate((c) => getComputedStyle(c, "::before").content),
      ).toBe('"Waarde: "');
      const ticks = await page.locator(".recharts-xAxis-tick-labels text").allTextContents();
      expect(ticks.length).toBeGreaterThanOrEqual(3);
    });
  });

  it("keeps the signed-in header on one line at 1366 px, in Dutch and English, and names the role once", async () => {
    const page = await journey.newPage();
    await signInAs(page, journey.baseUrl, "admin@demo.boordtabel.be", DEMO_PASSWORD);
    for (const [query, who] of [
      ["", "Demo secretariaat (beheerder)"],
      ["?lang=en", "Demo secretariaat (administrator)"],
    ] as const) {
      await page.goto(`${journey.baseUrl}${KPI}${query}`);
      await page.locator("h1").waitFor();
      const header = (await page.locator(".app-header").boundingBox())!;
      const parts = await page
        .locator(".app-header > *")
        .evaluateAll((children) => children.map((c) => c.getBoundingClientRect()).map((r) => [r.top, r.bottom]));
      // One line: every part starts in the header's upper half and the header is one part tall.
      const tallest = Math.max(...parts.map(([top, bottom]) => bottom! - top!));
      expect({ query, oneLine: header.height < tallest + 40 }).toEqual({ query, oneLine: true });
      expect(parts.every(([top]) => top! < header.y + header.height / 2)).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
      expect(await page.getByTestId("who").textContent()).toBe(who);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `laptop-1366-header${query ? "-en" : ""}.png`) });
    }
    await page.close();
  });
});

describe("high contrast", () => {
  it("switches on from the header, is remembered after a reload, and passes axe", async () => {
    const { page, baseUrl } = journey;
    await openChart(page);
    const toggle = page.getByRole("button", { name: "Hoog contrast" });
    expect(await toggle.getAttribute("aria-pressed")).toBe("false");
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset["contrast"])).toBe("high");
    await page.reload();
    await page.locator("circle[data-series=actual]").first().waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset["contrast"])).toBe("high");
    expect(await page.getByRole("button", { name: "Hoog contrast" }).getAttribute("aria-pressed")).toBe("true");
    const ink = await page.locator("body").evaluate((b) => getComputedStyle(b).color);
    expect(ink).toBe("rgb(0, 0, 0)");
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "high-contrast-kpi.png") });
    await page.goto(`${baseUrl}${PLAN}`);
    await page.locator("[data-kpi-row]").first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Hoog contrast" }).click();
    expect(await page.evaluate(() => document.documentElement.dataset["contrast"])).toBe("normal");
  });

  it("follows the system's prefers-contrast: more when nothing was chosen", async () => {
    const page = await journey.newPage();
    await page.emulateMedia({ contrast: "more" });
    await page.goto(`${journey.baseUrl}${KPI}`);
    await page.locator("circle[data-series=actual]").first().waitFor();
    expect(await page.locator("body").evaluate((b) => getComputedStyle(b).color)).toBe("rgb(0, 0, 0)");
    expect(await page.getByRole("button", { name: "Hoog contrast" }).getAttribute("aria-pressed")).toBe("true");
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

describe("screenshots for review", () => {
  it.each([
    [1920, 1080],
    [1366, 768],
    [390, 844],
  ])("of the plan page and the employment rate at %i×%i", async (width, height) => {
    const page = await journey.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(`${journey.baseUrl}${PLAN}`);
    await page.locator("[data-kpi-row]").first().waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, `board-${width}x${height}-plan.png`) });
    await openChart(page);
    await page.screenshot({ path: join(SCREENSHOT_DIR, `board-${width}x${height}-kpi.png`) });
    await page.close();
  });
});
