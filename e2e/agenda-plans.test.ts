import { DEMO_PASSWORD } from "@boordtabel/api";
import { demoActors } from "@boordtabel/api/testing";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { openJourney, SCREENSHOT_DIR, signInAs, type Journey } from "./browser.js";

let journey: Journey;
const EDITOR = "editor@demo.boordtabel.be";
const VIEWER = "viewer@demo.boordtabel.be";
const REVIEWER = "reviewer@demo.boordtabel.be";
const DOMAINS = ["DIGI-3.1", "DIGI-3.2", "DIGI-3.3", "DIGI-3.4", "DIGI-3.5", "DIGI-3.6", "DIGI-3.7"];

beforeAll(async () => {
  journey = await openJourney();
  await demoActors(journey.database.db); // the demo accounts exist in this database
});
afterAll(() => journey?.close());

describe("the plan page of an agenda without KPIs", () => {
  it("shows DIGI's 7 domains with their 50 building blocks and no empty KPI section", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/plans/DIGI`);
    const rows = page.locator("[data-testid=plan-commitments] tr[data-commitment]");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(50);
    const groups = await page
      .locator(".commitment-group")
      .evaluateAll((items) => items.map((i) => i.getAttribute("data-node")));
    expect(groups).toEqual(DOMAINS);
    expect(await page.locator('.commitment-group[data-node="DIGI-3.1"] tr[data-commitment]').count()).toBe(9);
    // Every domain says on how much its distribution rests.
    const coverage = await page.locator(".commitment-group [data-testid=commitment-coverage]").allTextContents();
    expect(coverage).toHaveLength(7);
    expect(coverage[0]).toBe("0 van 9 gerapporteerd");
    expect(await rows.first().textContent()).toContain("Status onbekend");
    // No KPI heading, no empty KPI cards.
    for (const text of ["Kernindicatoren", "Geen indicatoren", "Pijlers"])
      expect(await page.getByText(text, { exact: true }).count()).toBe(0);
    expect(await page.locator("#headline-heading, #kpis-heading, #pillars-heading").count()).toBe(0);
    // A short title, with the full title kept beside it.
    expect(await page.locator("h1").textContent()).toBe("Digitale beleidsagenda voor Vlaanderen");
    expect(await page.getByTestId("full-title").textContent()).toContain("50 bouwstenen voor een integrale agenda");
    expect(await page.locator("[data-download=commitments-xlsx]").getAttribute("href")).toBe(
      "/api/v1/plans/DIGI/commitments.xlsx",
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "agenda-plan-DIGI-1366x768.png") });
  });

  it("finds a building block by an organisation's name and opens its sheet from there", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/plans/DIGI`);
    await page.getByLabel("Zoek een engagement (code, titel of organisatie)").fill("syntra");
    const rows = page.locator("[data-testid=plan-commitments] tr[data-commitment]");
    await page.waitForFunction(() => document.querySelectorAll("tr[data-commitment]").length < 50);
    const codes = await rows.evaluateAll((items) => items.map((i) => i.getAttribute("data-commitment")));
    expect(codes).toContain("DIGI-B04");
    await rows.filter({ hasText: "DIGI-B04" }).getByRole("link").click();
    await page.getByRole("heading", { level: 1, name: /DIGI-B04/ }).waitFor();
  });
});

describe("the action sheet", () => {
  it("shows a viewer the sheet without any edit control", async () => {
    const { baseUrl } = journey;
    const page = await journey.newPage();
    await signInAs(page, baseUrl, VIEWER, DEMO_PASSWORD);
    await page.goto(`${baseUrl}/plans/DIGI`);
    await page.locator('tr[data-commitment="DIGI-B04"] a').click();
    await page.waitForURL(`${baseUrl}/commitments/DIGI-B04`);
    await page.getByRole("heading", { level: 1, name: /Inzetten op leerlijnen doorheen de loopbaan/ }).waitFor();
    await page.getByText("000_95e63b64dff3ca74.txt, regel 302").waitFor();
    expect(await page.getByText("Partners: VDAB, Syntra, hogescholen, universiteiten").count()).toBe(1);
    expect(await page.locator("form, button[type=submit], textarea, select").count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("lets an editor post an update that the history and the plan page then show", async () => {
    const { page, baseUrl } = journey;
    await signInAs(page, baseUrl, EDITOR, DEMO_PASSWORD);
    await page.goto(`${baseUrl}/commitments/DIGI-B04`);
    const form = page.getByTestId("sheet-update");
    await form.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByLabel("Datum").fill("2026-11-25");
    await form.getByLabel("Status").selectOption("in_progress");
    await form.getByLabel("Voortgang (0–100 %)").fill("30");
    await form.getByLabel("Toelichting").fill("Leerlijnen besproken met VDAB en Syntra.");
    await form.getByLabel("Link naar bewijsstuk").fill("javascript:alert(1)");
    await form.getByRole("button", { name: "Stand van zaken bewaren" }).click();
    await page.getByText("Geef een webadres dat begint met https:// of http://.").waitFor();
    await form.getByLabel("Link naar bewijsstuk").fill("https://www.serv.be/serv/publicatie/leerlijnen");
    await form.getByRole("button", { name: "Stand van zaken bewaren" }).click();
    await page.getByText("Stand van zaken bewaard.").waitFor();

    const history = page.getByTestId("sheet-history");
    await history.getByText("Leerlijnen besproken met VDAB en Syntra.").waitFor();
    const entry = (await history.locator("li").first().textContent()) ?? "";
    expect(entry).toContain("25/11/2026");
    expect(entry).toContain("Lopend");
    expect(entry).toContain("30 %");
    expect(entry).toMatch(/door \S/);
    expect(await history.getByRole("link", { name: "https://www.serv.be/serv/publicatie/leerlijnen" }).count()).toBe(1);
    expect(await page.getByTestId("sheet-status").textContent()).toContain("Lopend · 30 %");
    await page.screenshot({ path: join(SCREENSHOT_DIR, "agenda-sheet-DIGI-B04-1366x768.png") });

    await page.getByRole("link", { name: "Digitale beleidsagenda voor Vlaanderen" }).click();
    const row = page.locator('tr[data-commitment="DIGI-B04"]');
    await row.waitFor();
    expect(await row.getAttribute("data-status")).toBe("in_progress");
    expect(await row.textContent()).toContain("25/11/2026");
    expect(
      await page.locator('.commitment-group[data-node="DIGI-3.1"] [data-testid=commitment-coverage]').textContent(),
    ).toBe("1 van 9 gerapporteerd");
  });

  it("lets a reviewer record a reservation, which the sheet then shows", async () => {
    const { baseUrl } = journey;
    const page = await journey.newPage();
    await signInAs(page, baseUrl, REVIEWER, DEMO_PASSWORD);
    await page.goto(`${baseUrl}/commitments/DIGI-B06`);
    const form = page.getByTestId("sheet-note");
    await form.waitFor();
    expect(await page.getByTestId("sheet-update").count()).toBe(0);
    await form.getByLabel("Soort").selectOption("reservation");
    await form.getByLabel("Opmerking of voorbehoud").fill("Zonder budget blijft dit een intentie.");
    await form.getByRole("button", { name: "Plaatsen" }).click();
    const note = page.locator('[data-note="reservation"]');
    await note.waitFor();
    expect(await note.textContent()).toContain("Zonder budget blijft dit een intentie.");
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
