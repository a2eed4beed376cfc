import { callerFor, demoActors } from "@boordtabel/api/testing";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { openJourney, SCREENSHOT_DIR, type Journey } from "./browser.js";

let journey: Journey;

beforeAll(async () => {
  journey = await openJourney();
  // A provisional latest value, published through the one door every value goes through.
  const actors = await demoActors(journey.database.db);
  await callerFor(journey.database.db, actors.editor).measurement.record({
    kpi: "KPI-WZG-55",
    series: "total",
    period: "2025",
    value: 63.4,
    status: "provisional",
    workflow: "submitted",
    source: "Statbel",
  });
  await callerFor(journey.database.db, actors.reviewer).measurement.validate({
    kpi: "KPI-WZG-55",
    series: "total",
    period: "2025",
    expectedVersion: 1,
  });
  // A comparison whose source gives no year: it cannot sit on the time axis.
  await journey.database.sql(`
    INSERT INTO benchmark (kpi_id, entity_code, entity_nl, entity_en, period, value, source_label)
    SELECT id, 'DK', 'Denemarken', 'Denmark', NULL, 79.1, 'Voorbeeldbron zonder jaartal' FROM kpi WHERE code = 'KPI-WZG'`);
});
afterAll(() => journey?.close());

const SIZES = [
  [1366, 768],
  [1920, 1080],
] as const;

async function screenshots(name: string): Promise<void> {
  const { page } = journey;
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(150); // the chart measures its width after a resize
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${width}x${height}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

describe("the plan page lists every KPI", () => {
  it("shows all 43 IAB KPIs under their pillar and theme, each with its status in words", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/plans/IAB`);
    const rows = page.locator("[data-kpi-row]");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(43);
    const codes = await rows.evaluateAll((items) => items.map((i) => i.getAttribute("data-kpi-row")));
    expect(new Set(codes).size).toBe(43);
    const statuses = await rows.locator("[data-status]").allTextContents();
    expect(statuses).toHaveLength(43);
    expect(statuses.every((s) => /\p{L}{3,}/u.test(s))).toBe(true);
    for (const pillar of ["IAB-P1", "IAB-P2", "IAB-P3", "IAB-P4"]) {
      expect(await page.locator(`.kpi-group[data-group="${pillar}"] [data-kpi-row]`).count()).toBeGreaterThan(0);
    }
    expect(await page.locator('[data-theme="IAB-1.1"] [data-kpi-row="KPI-WZG"]').count()).toBe(1);
    expect(await page.getByTestId("kpi-count").textContent()).toBe("43 indicatoren");
  });

  it("filters the list on name or code as one types", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/plans/IAB`);
    const search = page.getByLabel("Zoek een indicator");
    await search.fill("werkzaamheidsgraad");
    await page
      .getByTestId("kpi-count")
      .getByText(/van 43/)
      .waitFor();
    const names = await page.locator("[data-kpi-row] th a").allTextContents();
    expect(names.length).toBeGreaterThan(1);
    expect(names.length).toBeLessThan(43);
    expect(names.every((n) => /werkzaamheidsgraad/i.test(n))).toBe(true);
    await search.fill("kpi-lll");
    await page.getByTestId("kpi-count").getByText("1 van 43 indicatoren").waitFor();
    expect(await page.locator("[data-kpi-row]").count()).toBe(1);
    await search.fill("geen-zo-een-indicator");
    await page.getByText("Geen indicator past bij deze zoekterm.").waitFor();
    await search.fill("");
    expect(await page.locator("[data-kpi-row]").count()).toBe(43);
  });

  it("marks a provisional latest value and says how many KPIs each roll-up rests on", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/plans/IAB`);
    const row = page.locator('[data-kpi-row="KPI-WZG-55"]');
    await row.waitFor();
    expect(await row.textContent()).toContain("63,4 %");
    expect(await row.locator('[data-marker="provisional"]').textContent()).toBe("voorlopig");
    // The plan as a whole and every pillar: "n van m indicatoren beoordeeld".
    const coverage = await page.getByTestId("coverage").allTextContents();
    expect(coverage).toHaveLength(5);
    expect(coverage.every((c) => /^\d+ van \d+ indicatoren? beoordeeld$/.test(c))).toBe(true);
    expect(coverage[0]).toMatch(/ van 43 indicatoren beoordeeld$/);
    await screenshots("plan-iab");
  });

  it("reads 'zoals gekend op' as dd/mm/jjjj and keeps the ISO date in the address", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/plans/IAB`);
    const input = page.getByRole("textbox", { name: "Zoals gekend op" });
    await input.fill("30/06/2023");
    await input.press("Enter");
    await page.waitForURL(/asOf=2023-06-30/);
    await page.getByText("Zoals gekend op 30/06/2023").waitFor();
    expect(await input.inputValue()).toBe("30/06/2023");
    await input.fill("31/02/2023");
    await input.press("Enter");
    await page.getByText("Geen geldige datum").waitFor();
    expect(new URL(page.url()).searchParams.get("asOf")).toBe("2023-06-30");
  });
});

describe("commitments nobody reported on", () => {
  it("are 'status onbekend' in the roll-ups and in the commitments filter, never 'niet gestart'", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/plans/IAB`);
    const line = page.getByTestId("commitment-line").first();
    await line.waitFor();
    expect(await line.textContent()).toMatch(/^120 engagementen, waarvan 120 met status onbekend/);
    await page.goto(`${baseUrl}/commitments`);
    await page.locator("[data-commitment]").first().waitFor();
    expect(await page.locator("[data-commitment]", { hasText: "Niet gestart" }).count()).toBe(0);
    await page.getByLabel("Status").selectOption({ label: "Status onbekend" });
    await page.waitForURL(/status=unknown/);
    await page.getByText("120 engagementen").waitFor();
    expect(await page.locator("[data-commitment]").first().textContent()).toContain("Status onbekend");
  });
});

describe("the status legend and the methodology", () => {
  it("names every status in words, including insufficient data and unknown commitments, and links to /methodologie", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/plans/IAB`);
    const legend = page.locator(".legend");
    await legend.waitFor();
    const text = await legend.textContent();
    for (const word of [
      "Doel gehaald",
      "Op koers",
      "Risico",
      "Niet op koers",
      "Doel niet gehaald",
      "Onvoldoende gegevens",
      "Geen gegevens",
      "Geen doel",
      "Status onbekend",
    ]) {
      expect(text).toContain(word);
    }
    await legend.getByRole("link", { name: /methodologie/i }).click();
    await page.waitForURL(/\/methodologie$/);
    await page.getByRole("heading", { level: 1, name: /Methodologie/ }).waitFor();
  });

  it("works the employment-rate example through to its verdicts", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/methodologie`);
    const example = page.getByTestId("worked-example");
    await example.waitFor();
    const text = (await example.textContent()) ?? "";
    for (const fact of [
      "74,6 %",
      "76 %",
      "80 %",
      "74,7 %",
      "76,4 %",
      "76,8 %",
      "0,818",
      "Risico",
      "Pact 2020 (76 %): niet gehaald (74,7 %)",
      "77,9 %",
      "0,5 punt",
      "Op koers",
    ]) {
      expect(text).toContain(fact);
    }
    expect(await page.locator("[data-status-row]").count()).toBe(8);
    await screenshots("methodologie");
  });
});

describe("the KPI page says how old and how firm its figures are", () => {
  it("gives each past target its verdict and marks an out-of-date latest value", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/kpis/KPI-WZG`);
    const past = page.getByTestId("past-targets");
    await past.waitFor();
    expect(await past.locator('[data-past-target="2020"]').textContent()).toBe(
      "Pact 2020 (76 %): niet gehaald (74,7 %)",
    );
    const latest = page.getByTestId("latest-value");
    expect(await latest.locator('[data-marker="stale"]').textContent()).toMatch(
      /^laatste waarde \d{4}, verwacht \d{4}$/,
    );
  });

  it("marks a provisional latest value", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/kpis/KPI-WZG-55`);
    const latest = page.getByTestId("latest-value");
    await latest.waitFor();
    expect(await latest.textContent()).toContain("63,4 % (2025)");
    expect(await latest.locator('[data-marker="provisional"]').textContent()).toBe("voorlopig");
  });

  it("draws gaps as gaps, years without separators, yearless benchmarks as a note and a legend of what is drawn", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/kpis/KPI-WZG`);
    await page.locator("circle[data-series=actual]").first().waitFor();
    const tick = page.locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value");
    await tick.first().waitFor();
    const ticks = await tick.allTextContents();
    expect(ticks.length).toBeGreaterThan(3);
    expect(ticks.every((t) => /^\d{4}$/.test(t))).toBe(true);
    // 1999 … 2017 and the missing 2021 break the line into stretches.
    expect(await page.locator(".series-actual path.recharts-curve").count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator(".benchmark-line").count()).toBe(0);
    expect(await page.locator(".series-benchmark .recharts-symbols").count()).toBeGreaterThanOrEqual(10);
    expect(await page.getByTestId("yearless-benchmarks").textContent()).toContain("Denemarken 79,1 %");
    const legend = await page.locator(".recharts-legend-item-text").allTextContents();
    expect(legend.filter((l) => l === "Waarde")).toHaveLength(1);
    expect(legend.includes("Prognose")).toBe((await page.locator(".series-forecast").count()) > 0);
    // Steunpunt Werk's 77,9 % for 2024 is derived, not a target: its own marker and legend entry.
    expect(await page.locator(".series-indicative .recharts-symbols").count()).toBe(1);
    expect(legend).toContain("Indicatief punt (geen officieel doel)");
    expect(legend.filter((l) => l === "Doel")).toHaveLength(1);
    await screenshots("kpi-wzg");
  });

  it("offers the data as CSV, CSV for Excel and XLSX, and each link answers with its file", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/kpis/KPI-WZG`);
    await page.locator("[data-download]").first().waitFor();
    const links = await page
      .locator("[data-download]")
      .evaluateAll((as) => as.map((a) => [a.getAttribute("data-download"), a.getAttribute("href")] as const));
    expect(links.map(([k]) => k)).toEqual(["csv", "excel", "xlsx"]);
    const expected: Record<string, RegExp> = {
      csv: /^text\/csv/,
      excel: /^text\/csv/,
      xlsx: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet/,
    };
    for (const [kind, href] of links) {
      const response = await page.request.get(`${baseUrl}${href}`);
      expect({ kind, status: response.status() }).toEqual({ kind, status: 200 });
      expect(response.headers()["content-type"]).toMatch(expected[kind!]!);
      expect((await response.body()).length).toBeGreaterThan(50);
    }
  });

  it("links sources only when they are web addresses", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/kpis/KPI-WZG`);
    await page.locator("[data-period]").first().waitFor();
    const hrefs = await page
      .locator("main a[target=_blank]")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs.every((h) => /^https?:\/\//.test(h ?? ""))).toBe(true);
  });
});

describe("accessibility of the new screens (axe-core)", () => {
  it.each(["/plans/IAB", "/methodologie", "/methodologie?lang=en", "/kpis/KPI-WZG", "/kpis/KPI-WZG-55"])(
    "%s has no serious or critical violation",
    async (path) => {
      const { page, baseUrl } = journey;
      await page.goto(`${baseUrl}${path}`);
      await page.locator("h1").waitFor();
      await page.waitForLoadState("networkidle");
      expect(await seriousViolations(page)).toEqual([]);
    },
  );
});
