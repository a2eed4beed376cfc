import { DEMO_PASSWORD } from "@boordtabel/api";
import { demoActors } from "@boordtabel/api/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { openJourney, signInAs, type Journey } from "./browser.js";

let journey: Journey;

beforeAll(async () => {
  journey = await openJourney();
  await demoActors(journey.database.db);
});
afterAll(() => journey?.close());

const GATED = ["/import", "/kpis/KPI-WZG/entry", "/entry", "/due", "/review"];
const FORMS = ["/import", "/kpis/KPI-WZG/entry", "/entry"];

/** Records, in the page, whether an input ever appeared inside <main> before the sign-in page. */
async function watchForFields(page: Page) {
  await page.addInitScript(() => {
    const seen = { field: false };
    (window as unknown as { __seen: typeof seen }).__seen = seen;
    new MutationObserver(() => {
      if (location.pathname !== "/login" && document.querySelector("main input, main textarea, main select"))
        seen.field = true;
    }).observe(document, { childList: true, subtree: true });
  });
}
const sawField = (page: Page) =>
  page.evaluate(() => (window as unknown as { __seen: { field: boolean } }).__seen.field);

describe("screens that need a role", () => {
  it.each(GATED)("send an anonymous visitor of %s to the sign-in page before any form shows", async (path) => {
    const page = await journey.newPage();
    await watchForFields(page);
    await page.goto(`${journey.baseUrl}${path}?lang=en`);
    await page.waitForURL((url) => url.pathname === "/login");
    const url = new URL(page.url());
    expect(url.searchParams.get("redirect")).toBe(`${path}?lang=en`);
    expect(url.searchParams.get("lang")).toBe("en");
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    expect(await sawField(page)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it.each(FORMS)("tell a viewer opening %s that the page needs another role, with a way back", async (path) => {
    const page = await journey.newPage();
    await signInAs(page, journey.baseUrl, "viewer@demo.boordtabel.be", DEMO_PASSWORD);
    await page.goto(`${journey.baseUrl}${path}`);
    const main = page.getByRole("main");
    await main.getByRole("heading", { level: 1, name: "Geen toegang" }).waitFor();
    expect(await main.textContent()).toContain("Deze pagina vraagt de rol invoerder; je bent aangemeld als lezer.");
    expect(await main.locator("form, input, textarea").count()).toBe(0);
    expect(await main.getByRole("button", { name: "Opnieuw proberen" }).count()).toBe(0);
    await main.getByRole("link", { name: "Naar het overzicht" }).click();
    await page.waitForURL(/\/plans\/IAB$/);
    await page.context().close();
  });

  it("brings a visitor back to the form after signing in, in the language they had", async () => {
    const page = await journey.newPage();
    await page.goto(`${journey.baseUrl}/import?lang=en`);
    await page.getByLabel("Email address").fill("editor@demo.boordtabel.be");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByLabel("File (CSV or XLSX)").waitFor();
    expect(new URL(page.url()).pathname).toBe("/import");
    expect(new URL(page.url()).search).toBe("?lang=en");
    await page.context().close();
  });
});

describe("an unknown address", () => {
  it("says the page was not found, without offering to try again", async () => {
    const page = await journey.newPage();
    await page.goto(`${journey.baseUrl}/nergens/te/vinden`);
    const main = page.getByRole("main");
    await main.getByRole("heading", { level: 1, name: "Pagina niet gevonden" }).waitFor();
    expect(await main.getByRole("button", { name: "Opnieuw proberen" }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe("the language", () => {
  it("stays English through the header, the plan's KPI links and back", async () => {
    const page = await journey.newPage();
    await page.goto(`${journey.baseUrl}/plans/IAB?lang=en`);
    await page.locator("h1").waitFor();
    await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Commitments" }).click();
    await page.waitForURL((url) => url.pathname === "/commitments");
    expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
    await page.goto(`${journey.baseUrl}/plans/IAB?lang=en`);
    await page.locator('a[href^="/kpis/"]').first().click();
    await page.waitForURL((url) => url.pathname.startsWith("/kpis/"));
    expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
    await page.getByRole("link", { name: "Boordtabel" }).first().click();
    await page.waitForURL((url) => url.pathname === "/plans/IAB");
    expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
    // Switching back to Dutch drops it from the address and from the next links.
    await page.getByRole("button", { name: "Nederlands" }).click();
    await page.waitForURL((url) => !url.searchParams.has("lang"));
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Engagementen" }).click();
    await page.waitForURL((url) => url.pathname === "/commitments");
    expect(new URL(page.url()).searchParams.has("lang")).toBe(false);
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
