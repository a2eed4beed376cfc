// A KPI with a long history (360 monthly values): the page is sent a thinned chart, says so, and
// its table shows every value once opened, with a loading state while they come.
import { addMonthlyKpi } from "@boordtabel/api/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { join } from "node:path";
import { openJourney, SCREENSHOT_DIR, type Journey } from "./browser.js";

let journey: Journey;
/** The most points the chart is sent (CHART_MAX_POINTS of packages/domain). */
const CHART_MAX_POINTS = 240;

beforeAll(async () => {
  journey = await openJourney();
  await addMonthlyKpi(journey.database, "IAB", "KPI-LONG", 360);
});
afterAll(() => journey?.close());

describe("the KPI page of a long series", () => {
  it("draws a thinned chart from at most CHART_MAX_POINTS points and shows all 360 values when the table is opened", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/kpis/KPI-LONG`);
    const note = page.getByTestId("chart-thinned");
    await note.waitFor();
    // The note counts the points the server sent for the chart.
    const sent = /^De grafiek toont (\d+) van 360 waarden; de tabel toont ze allemaal\.$/.exec(
      (await note.textContent()) ?? "",
    );
    expect(Number(sent?.[1])).toBeGreaterThan(100);
    expect(Number(sent?.[1])).toBeLessThanOrEqual(CHART_MAX_POINTS);
    await page.locator("circle[data-series=actual]").first().waitFor();
    const drawn = Number(await page.locator("figure.chart").getAttribute("data-points"));
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThanOrEqual(CHART_MAX_POINTS);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "kpi-long-thinned.png"), fullPage: true });
    // The table's values are not loaded until it is opened.
    expect(await page.locator(".kpi-values tr[data-period]").count()).toBe(0);
    await page.getByText("Toon alle 360 waarden in de tabel").click();
    await page.locator(".kpi-values tr[data-period]").first().waitFor();
    // Every month's value, besides the rows of the 2025 and 2030 targets.
    expect(await page.locator('.kpi-values tr[data-period*="-"]').count()).toBe(360);
    expect(await page.locator('.kpi-values tr[data-period="1990-01"]').count()).toBe(1);
    expect(await page.locator('.kpi-values tr[data-period="2019-12"]').textContent()).toContain("voorlopig");
    await page.locator("#table-heading").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOT_DIR, "kpi-long-table.png") });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("shows a loading state while the values come", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/kpis/KPI-LONG?lang=en`);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/trpc/kpi.values**", async (route) => {
      await held;
      await route.continue();
    });
    await page.getByText("Show all 360 values in the table").click();
    await page.getByTestId("skeleton").waitFor();
    release();
    await page.locator(".kpi-values tr[data-period]").first().waitFor();
    expect(await page.getByTestId("skeleton").count()).toBe(0);
    await page.unroute("**/trpc/kpi.values**");
  });
});
