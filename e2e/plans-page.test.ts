import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { seriousViolations } from "./axe.js";
import { openJourney, SCREENSHOT_DIR, type Journey } from "./browser.js";

let journey: Journey;
beforeAll(async () => {
  journey = await openJourney();
});
afterAll(() => journey?.close());

describe("the plan overview", () => {
  it("opens on IAB with the plan switcher, the four pillars and their status, in Dutch", async () => {
    const { page, baseUrl } = journey;
    await page.goto(baseUrl);
    await page.waitForURL(/\/plans\/IAB/);
    await page.getByRole("heading", { name: "Iedereen aan boord", level: 1 }).waitFor();
    const plans = await page
      .locator("[data-plan]")
      .evaluateAll((items) => items.map((i) => i.getAttribute("data-plan")));
    expect(plans).toEqual(["IAB", "DIGI", "I40"]);
    const pillars = page.locator(".pillars > li h3");
    expect(await pillars.allTextContents()).toEqual([
      "1 Iedereen aan het werk",
      "2 Iedereen duurzaam aan het werk houden",
      "3 Iedereen levenslang leren en ontwikkelen",
      "4 Iedereen digitaal",
    ]);
    await page.locator('[data-kpi="KPI-WZG"] [data-status]').waitFor();
    expect(await page.locator('[data-kpi="KPI-WZG"] [data-status]').textContent()).toContain("Risico");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("nl-BE");
    await page.screenshot({ path: join(SCREENSHOT_DIR, "overview-nl.png"), fullPage: true });
  });

  it("switches to English with the header button and keeps it in the URL", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/plans/IAB`);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByText("Everyone in work", { exact: false }).first().waitFor();
    expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  });

  it("shows the plan as known on an earlier date", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/plans/IAB?asOf=2000-01-01`);
    await page.getByText("Zoals gekend op 01/01/2000").waitFor();
    expect(await page.locator('[data-kpi="KPI-WZG"] [data-status]').textContent()).toContain("Geen gegevens");
  });
});

describe("the KPI page", () => {
  it("draws the employment rate against its targets and benchmarks, with a table showing 74,6 for 2018", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/kpis/KPI-WZG`);
    await page.getByRole("heading", { name: "Werkzaamheidsgraad Vlaanderen (totaal)" }).waitFor();
    await page.locator('[data-period="2018"]').waitFor();
    expect(await page.locator('[data-period="2018"] td').first().textContent()).toBe("74,6 %");
    // The yearly line: 1999, 2017, 2018, 2019, 2020, 2022 (final), 2023; the quarters have their
    // own series, so none is mixed in …
    expect(await page.locator("circle[data-series=actual]").count()).toBe(7);
    expect(await page.locator("circle[data-provisional=true]").count()).toBe(0);
    expect(await page.locator(".series-other .recharts-symbols").count()).toBe(0);
    // … the targets as diamonds, the benchmarks as lines.
    expect(await page.locator(".series-target .recharts-symbols").count()).toBeGreaterThanOrEqual(2);
    // Benchmarks are dated points on the axis, never lines across it.
    expect(await page.locator(".series-benchmark .recharts-symbols").count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator(".benchmark-line").count()).toBe(0);
    expect(await page.locator(".series-planned path.recharts-curve").count()).toBe(1);
    expect(await page.locator(".series-forecast path.recharts-curve").count()).toBe(1);
    expect(await page.getByTestId("summary").textContent()).toContain("76,8 % in 2023");
    await page.screenshot({ path: join(SCREENSHOT_DIR, "kpi-wzg-nl.png"), fullPage: true });
  });
});

describe("the commitments page", () => {
  it("lists the plan's commitments and filters them by part of the plan", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/commitments`);
    await page.getByText("120 engagementen").waitFor();
    expect(await page.locator("[data-commitment]").count()).toBe(120);
    await page.getByLabel("Onderdeel").selectOption("IAB-1.1.k");
    await page.getByText("14 engagementen").waitFor();
    expect(new URL(page.url()).searchParams.get("node")).toBe("IAB-1.1.k");
    expect(await page.locator('[data-commitment="IAB-C042"] a', { hasText: "KPI-WPL" }).count()).toBe(1);
    await page.getByLabel("Organisatie").selectOption("VDAB");
    await page.waitForURL(/organisation=VDAB/);
    await page.locator("[data-commitment]").first().waitFor();
    const shown = await page.locator("[data-commitment]").count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(14);
    await page.getByLabel("Deadline uiterlijk").fill("2020-01-01");
    await page.getByText("Geen engagementen voor deze filters").waitFor();
    expect(new URL(page.url()).searchParams.get("deadlineBy")).toBe("2020-01-01");
  });
});

describe("presentation mode", () => {
  it("opens from the plan page on the title slide, moves to the first pillar and the closing slide, and Esc returns", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/plans/IAB`);
    await page.getByRole("link", { name: "Presenteren" }).click();
    await page.locator('.deck-slide[data-slide-kind="title"]').waitFor();
    await page.keyboard.press("ArrowRight");
    await page.locator('.deck-slide[data-slide="IAB-P1"]').waitFor();
    expect(await page.locator(".deck-slide h1").textContent()).toContain("Iedereen aan het werk");
    await page.keyboard.press("End");
    await page.locator('.deck-slide[data-slide-kind="closing"]').waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, "present-closing.png") });
    await page.keyboard.press("Escape");
    await page.waitForURL(/\/plans\/IAB$/);
  });
});

describe("accessibility (axe-core)", () => {
  it.each([
    "/plans/IAB",
    "/plans/IAB?lang=en",
    "/kpis/KPI-WZG",
    "/kpis/KPI-NWWZ?lang=en",
    "/kpis/KPI-VOV",
    "/commitments",
    "/commitments?plan=DIGI&lang=en",
    "/present/IAB",
  ])("%s has no serious or critical violation", async (path) => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}${path}`);
    await page.locator("h1").waitFor();
    await page.waitForLoadState("networkidle");
    expect(await seriousViolations(page)).toEqual([]);
  });
});
