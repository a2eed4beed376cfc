import { DEMO_PASSWORD } from "@boordtabel/api";
import { callerFor, demoActors } from "@boordtabel/api/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { openJourney, signInAs, type Journey } from "./browser.js";

let journey: Journey;

beforeAll(async () => {
  journey = await openJourney();
  const actors = await demoActors(journey.database.db);
  const key = { kpi: "KPI-WZG", series: "total" };
  const editor = callerFor(journey.database.db, actors.editor);
  for (const period of ["1991", "1992", "1993"]) {
    await editor.measurement.record({ ...key, period, value: 77.1, source: "Statbel EAK" });
    await editor.measurement.submit({ ...key, period, expectedVersion: 1 });
  }
  await callerFor(journey.database.db, actors.reviewer).measurement.sendBack({
    ...key,
    period: "1991",
    expectedVersion: 1,
    reason: "bron ontbreekt",
  });
});
afterAll(() => journey?.close());

describe("the inbox", () => {
  it("the header badge counts the unread items; reading them clears it", async () => {
    const page = await journey.newPage();
    await signInAs(page, journey.baseUrl, "reviewer@demo.boordtabel.be", DEMO_PASSWORD);
    await page.goto(`${journey.baseUrl}/plans/IAB`);
    const badge = page.getByRole("link", { name: "3 ongelezen meldingen" });
    await badge.waitFor();
    await badge.click();
    const main = page.getByRole("main");
    await main.getByRole("heading", { level: 1, name: "Meldingen" }).waitFor();
    expect(await page.title()).toBe("Meldingen – Boordtabel");
    const items = main.locator("[data-notification]");
    await items.first().waitFor();
    expect(await items.count()).toBe(3);
    expect(await items.first().textContent()).toContain(
      "Werkzaamheidsgraad Vlaanderen (totaal) (KPI-WZG), 1993: een ingediende waarde wacht op validatie.",
    );
    expect(await seriousViolations(page)).toEqual([]);

    await items
      .first()
      .getByRole("button", { name: /^Markeer als gelezen/ })
      .click();
    await page.getByRole("link", { name: "2 ongelezen meldingen" }).waitFor();
    await main.getByRole("button", { name: "Alles als gelezen markeren" }).click();
    await page.getByRole("link", { name: "0 ongelezen meldingen" }).waitFor();
    expect(await main.getByRole("status").textContent()).toBe("0 ongelezen meldingen.");
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("an editor's sent-back item names the reason and opens the value's form, marked read", async () => {
    const page = await journey.newPage();
    await signInAs(page, journey.baseUrl, "editor@demo.boordtabel.be", DEMO_PASSWORD);
    await page.goto(`${journey.baseUrl}/meldingen`);
    const link = page
      .getByRole("main")
      .getByRole("link", { name: /1991: je waarde is teruggestuurd\. Reden: bron ontbreekt$/ });
    await link.waitFor();
    await page.getByRole("link", { name: "1 ongelezen melding" }).waitFor();
    await link.click();
    await page.waitForURL((url) => url.pathname === "/kpis/KPI-WZG/entry");
    // The router writes a string that looks like a number in quotes (?period=%221991%22).
    expect(new URL(page.url()).searchParams.get("period")).toMatch(/^"?1991"?$/);
    await page.getByRole("link", { name: "0 ongelezen meldingen" }).waitFor();
    await page.context().close();
  });

  it("asks an anonymous visitor to sign in", async () => {
    const page = await journey.newPage();
    await page.goto(`${journey.baseUrl}/meldingen`);
    // Straight to the sign-in page, which brings the visitor back to the inbox afterwards.
    await page.waitForURL((url) => url.pathname === "/login");
    expect(new URL(page.url()).searchParams.get("redirect")).toBe("/meldingen");
    await page.locator("#login-email").waitFor();
    expect(await page.getByTestId("inbox").count()).toBe(0);
    await page.context().close();
  });
});
