import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { openJourney, SCREENSHOT_DIR, type Journey } from "./browser.js";

let journey: Journey;
beforeAll(async () => {
  journey = await openJourney();
});
afterAll(() => journey?.close());

describe("the start page (minimal web app)", () => {
  it("lists the three plans and the IAB pillar tree from the API, in Dutch", async () => {
    const { page, baseUrl } = journey;
    await page.goto(baseUrl);
    await page.getByRole("heading", { name: "Plannen" }).waitFor();
    const plans = await page
      .locator("[data-plan]")
      .evaluateAll((items) => items.map((i) => i.getAttribute("data-plan")));
    expect(plans).toEqual(["IAB", "DIGI", "I40"]);
    const pillars = page.locator('.plan-tree > li[data-kind="pillar"] > span:first-child');
    await pillars.first().waitFor();
    expect(await pillars.allTextContents()).toEqual([
      "1 Iedereen aan het werk",
      "2 Iedereen duurzaam aan het werk houden",
      "3 Iedereen levenslang leren en ontwikkelen",
      '4 Iedereen digitaal (in de pijlerlijst: "Iedereen mee digitaal")',
    ]);
    expect(await page.locator('[data-node="IAB-1.1"]').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("nl-BE");
    await page.screenshot({ path: join(SCREENSHOT_DIR, "start-page-nl.png"), fullPage: true });
  });

  it("switches to English with the header button and keeps it in the URL", async () => {
    const { page, baseUrl } = journey;
    await page.goto(baseUrl);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "Plans" }).waitFor();
    await page.getByText("Everyone in work", { exact: false }).first().waitFor();
    expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  });

  it("opens in English with ?lang=en", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/?lang=en`);
    await page.getByRole("heading", { name: "Structure of Everyone on board" }).waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, "start-page-en.png"), fullPage: true });
  });
});
