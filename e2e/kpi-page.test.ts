import { callerFor, demoActors } from "@boordtabel/api/testing";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { routeJavaScriptGzipKb } from "@boordtabel/bench/web";
import { openJourney, SCREENSHOT_DIR, WEB_DIST, type Journey } from "./browser.js";

let journey: Journey;

beforeAll(async () => {
  journey = await openJourney();
  // Real changes through the API: a revised 2019 value, a reservation, and a target path with a
  // tolerance band, so the page has a history, a note and a band to show.
  const actors = await demoActors(journey.database.db);
  const as = (role: keyof typeof actors) => callerFor(journey.database.db, actors[role]);
  await as("editor").measurement.record({
    kpi: "KPI-WZG",
    series: "total",
    period: "2019",
    value: 75.6,
    expectedVersion: 1,
    workflow: "submitted",
    source: "Statbel",
    reason: "Herziening door Statbel na de nieuwe weging",
  });
  await as("reviewer").measurement.validate({ kpi: "KPI-WZG", series: "total", period: "2019", expectedVersion: 2 });
  await as("reviewer").review.create({
    kpi: "KPI-WZG",
    period: "2022",
    kind: "reservation",
    body: "Voorlopig cijfer: wacht op het definitieve jaarcijfer.",
  });
  await as("editor").annotation.create({
    kpi: "KPI-WZG",
    date: "2021-01-01",
    kind: "method_break",
    titleNl: "Breuk in de reeks: nieuwe EAK-vragenlijst (IESS-verordening)",
    titleEn: "Break in series: new LFS questionnaire (IESS regulation)",
  });
  await as("editor").target.revise({
    kpi: "KPI-WZG",
    baseline: { period: "2018", value: 74.6, source: "Actieplan Iedereen aan boord (SERV, 2019)" },
    targets: [
      { period: "2020", value: 76, source: "Pact 2020" },
      { period: "2030", value: 80, source: "Vlaams regeerakkoord 2019-2024" },
    ],
    tolerance: 0.5,
    justification: "Tolerantie van een half procentpunt afgesproken in de stuurgroep",
  });
});
afterAll(() => journey?.close());

describe("the KPI page in depth", () => {
  it("explains a point in the tooltip: period, value with its status, and source", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/kpis/KPI-WZG`);
    const points = page.locator("circle[data-series=actual]");
    await points.first().waitFor();
    await points.nth(5).hover(); // 2022: the final 76,7 (version 2; the provisional 76,4 is version 1)
    const tooltip = page.getByTestId("chart-tooltip");
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toContain("2022");
    expect(await tooltip.textContent()).toContain("76,7 % (definitief)");
    expect(await tooltip.textContent()).toContain("EAK Statbel");
  });

  it("draws the planned path inside its tolerance band and the forecast inside its range", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/kpis/KPI-WZG`);
    await page.locator(".series-band path").first().waitFor();
    expect(await page.locator(".series-forecast-band path").count()).toBeGreaterThanOrEqual(1);
    expect(await page.getByText("Tolerantieband").count()).toBe(1);
    expect(await page.getByTestId("target-history").locator("li").count()).toBe(3);
    expect(await page.getByTestId("target-history").textContent()).toContain("Tolerantie van een half procentpunt");
  });

  it("shows each value's versions in a dialog that Esc closes, returning focus to its button", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/kpis/KPI-WZG`);
    const button = page.getByRole("button", { name: "Geschiedenis van de waarde voor 2019" });
    await button.click();
    const dialog = page.getByRole("dialog", { name: "Versies van de waarde voor 2019" });
    await dialog.locator("[data-version]").first().waitFor();
    expect(
      await dialog.locator("[data-version]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-version"))),
    ).toEqual(["2", "1"]);
    expect(await dialog.locator('[data-version="2"]').textContent()).toContain("75,6 %");
    expect(await dialog.locator('[data-version="2"]').textContent()).toContain("Herziening door Statbel");
    expect(await dialog.locator('[data-version="1"]').textContent()).toContain("75,5 %");
    await page.screenshot({ path: join(SCREENSHOT_DIR, "kpi-history-dialog.png") });
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await page.locator('[data-period="2019"] td').first().textContent()).toBe("75,6 %");
  });

  it("says in words that a published value stored without a source lacks one, in the table and its history", async () => {
    const { page, baseUrl } = journey;
    // A value published before every published value needed a source.
    await journey.database.sql(`
      UPDATE measurement_version v SET source_label = NULL, source_url = NULL
      FROM measurement m JOIN series s ON s.id = m.series_id JOIN kpi k ON k.id = s.kpi_id
      WHERE v.id = m.published_version_id AND k.code = 'KPI-NWWZ' AND s.key = 'total' AND m.period = '2018'`);
    await page.goto(`${baseUrl}/kpis/KPI-NWWZ`);
    const missing = page.locator('table.kpi-values [data-period="2018"] [data-flag="no-source"]');
    await missing.waitFor();
    expect(await missing.textContent()).toBe("Bron ontbreekt");
    expect(await page.locator('table.kpi-values [data-period="2005"] [data-flag="no-source"]').count()).toBe(0);
    await page.getByRole("button", { name: "Geschiedenis van de waarde voor 2018" }).click();
    const dialog = page.getByRole("dialog", { name: "Versies van de waarde voor 2018" });
    await dialog.locator("[data-version]").first().waitFor();
    expect(await dialog.locator('[data-version="1"] [data-flag="no-source"]').textContent()).toBe("Bron ontbreekt");
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${baseUrl}/kpis/KPI-NWWZ?lang=en`);
    await page.locator('table.kpi-values [data-period="2018"] [data-flag="no-source"]').waitFor();
    expect(await page.locator('table.kpi-values [data-period="2018"] [data-flag="no-source"]').textContent()).toBe(
      "Source missing",
    );
  });

  it("lists the reservation a social partner recorded", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/kpis/KPI-WZG`);
    const note = page.locator('[data-note="reservation"][data-state="open"]');
    await note.waitFor();
    expect(await note.textContent()).toContain("Voorbehoud");
    expect(await note.textContent()).toContain("wacht op het definitieve jaarcijfer");
  });

  it("shows the numbers behind the status when asked", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/kpis/KPI-WZG?lang=en`);
    await page.getByText("The numbers behind this status").click();
    const components = page.getByTestId("components");
    await components.waitFor();
    expect(await components.textContent()).toContain("Latest value");
    expect(await components.textContent()).toContain("Planned value now");
  });

  it("marks events on the chart's time axis and lists them under it", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/kpis/KPI-WZG`);
    await page.locator('[data-annotation="2021-01-01"]').waitFor();
    expect(await page.locator(".annotation-line").count()).toBe(1);
    expect(await page.locator('[data-annotation="2021-01-01"]').textContent()).toContain("IESS");
  });

  it("says plainly when a KPI has no values yet, and still lists its policy events", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/kpis/KPI-VOV`);
    await page.locator("[data-annotation]").first().waitFor();
    expect(await page.locator("[data-annotation]").count()).toBe(2);
    expect(await page.locator('[data-annotation="2025-04-25"]').textContent()).toContain("Loonforfait per VOV-uur");
    expect(await page.getByTestId("chart-empty").textContent()).toContain("Nog geen waarden");
    expect(await page.locator(".recharts-surface").count()).toBe(0);
    expect(await page.getByTestId("qualitative-targets").textContent()).toContain("verhoogde (en open) enveloppe");
    expect(await page.getByTestId("facts").textContent()).toContain("125 hours per school year");
  });
});

describe("loading and failure", () => {
  it("shows a skeleton while loading and an error with a retry button when the API fails", async () => {
    const { page, baseUrl } = journey;
    let fail = true;
    await page.route("**/trpc/kpi.detail**", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      if (fail) await route.abort("failed");
      else await route.continue();
    });
    await page.goto(`${baseUrl}/kpis/KPI-WZG`);
    await page.getByTestId("skeleton").waitFor();
    // react-query retries three times before it gives up; the alert then offers a retry.
    const alert = page.getByRole("alert");
    await alert.waitFor({ timeout: 20_000 });
    fail = false;
    await alert.getByRole("button", { name: "Opnieuw proberen" }).click();
    await page.getByRole("heading", { name: "Werkzaamheidsgraad Vlaanderen (totaal)" }).waitFor();
    await page.unroute("**/trpc/kpi.detail**");
  });
});

describe("screen sizes", () => {
  const routes = ["/plans/IAB", "/kpis/KPI-WZG", "/commitments", "/present/IAB"];
  it.each([
    ["laptop", 1366, 768],
    ["tablet", 768, 1024],
  ])("on a %s (%i×%i) every route fits the width without sideways scrolling", async (name, width, height) => {
    const { page, baseUrl } = journey;
    await page.setViewportSize({ width, height });
    try {
      for (const route of routes) {
        await page.goto(`${baseUrl}${route}`);
        await page.locator("h1").waitFor();
        await page.waitForLoadState("networkidle");
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect({ route, overflow }).toEqual({ route, overflow: 0 });
        const file = `${name}-${route.replaceAll("/", "_").slice(1)}.png`;
        await page.screenshot({ path: join(SCREENSHOT_DIR, file), fullPage: true });
      }
    } finally {
      await page.setViewportSize({ width: 1366, height: 768 });
    }
  });
});

describe("bundle", () => {
  it("loads the overview with at most 250 KB of gzipped JavaScript and without the chart library", async () => {
    const { page, baseUrl } = journey;
    const { files, kb } = await routeJavaScriptGzipKb(page, `${baseUrl}/plans/IAB`, WEB_DIST);
    console.info(`first route: ${kb} KB gzipped JavaScript in ${files.length} files`);
    expect(kb).toBeLessThanOrEqual(250);
    expect(files.some((f) => /kpi-route|CartesianChart/.test(f))).toBe(false);
  });
});
