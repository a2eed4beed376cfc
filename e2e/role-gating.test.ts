import { DEMO_PASSWORD } from "@boordtabel/api";
import { demoActors } from "@boordtabel/api/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { openJourney, signInAs, type Journey } from "./browser.js";

let journey: Journey;

beforeAll(async () => {
  journey = await openJourney();
  await demoActors(journey.database.db);
});
afterAll(() => journey?.close());

const GATED = ["/import", "/kpis/KPI-WZG/entry"];

describe("screens that need a role", () => {
  it.each(GATED)("ask an anonymous visitor of %s to sign in, without showing the form", async (path) => {
    const page = await journey.newPage();
    await page.goto(`${journey.baseUrl}${path}`);
    const main = page.getByRole("main");
    await main.getByRole("heading", { level: 1, name: "Meld je aan om deze pagina te openen" }).waitFor();
    expect(await main.locator("form, input, textarea").count()).toBe(0);
    expect(await page.title()).toMatch(/ – Boordtabel$/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it.each(GATED)("tell a viewer opening %s that the page needs another role", async (path) => {
    const page = await journey.newPage();
    await signInAs(page, journey.baseUrl, "viewer@demo.boordtabel.be", DEMO_PASSWORD);
    await page.goto(`${journey.baseUrl}${path}`);
    const main = page.getByRole("main");
    await main.getByRole("heading", { level: 1, name: "Geen toegang" }).waitFor();
    expect(await main.textContent()).toContain("Deze pagina vraagt de rol invoerder; je bent aangemeld als lezer.");
    expect(await main.locator("form, input, textarea").count()).toBe(0);
    await page.context().close();
  });

  it("brings a visitor who signs in from the notice back to the form", async () => {
    const page = await journey.newPage();
    await page.goto(`${journey.baseUrl}/import?lang=en`);
    await page.getByRole("main").getByRole("link", { name: "Sign in" }).click();
    await page.getByLabel("Email address").fill("editor@demo.boordtabel.be");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByLabel("File (CSV or XLSX)").waitFor();
    expect(new URL(page.url()).pathname).toBe("/import");
    expect(new URL(page.url()).search).toBe("?lang=en");
    await page.context().close();
  });
});

describe("every screen", () => {
  it("names itself in the document title and puts focus on its heading after a click", async () => {
    const page = await journey.newPage();
    await page.goto(`${journey.baseUrl}/plans/IAB`);
    await page.locator("h1").waitFor();
    expect(await page.title()).toBe("Iedereen aan boord – Boordtabel");
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Engagementen" }).click();
    await page.waitForFunction(() => document.activeElement?.tagName === "H1");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Engagementen");
    expect(await page.title()).toBe("Engagementen – Boordtabel");
    await page.context().close();
  });
});
