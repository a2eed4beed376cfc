// WCAG 3.1.2 (language of parts): a content field recorded in one language only is shown in the
// other language's page with its own `lang`, so a screen reader reads it in the right voice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openJourney, type Journey } from "./browser.js";
import { openRoute } from "./a11y-support.js";

let journey: Journey;
// Test fixtures: these two texts exist in English only here (the seed has no English-only content
// field on a public page); KPI-LLL's definition is Dutch only in the seed itself.
const DEFINITION_EN = "Employed people aged 20 to 64 as a share of the population of that age.";
const DESCRIPTION_EN = "Described in English only for this test.";

beforeAll(async () => {
  journey = await openJourney();
  const { db } = journey.database;
  await db.kpi.update({ where: { code: "KPI-WZG" }, data: { definitionNl: null, definitionEn: DEFINITION_EN } });
  await db.commitment.update({
    where: { code: "IAB-C001" },
    data: { descriptionNl: null, descriptionEn: DESCRIPTION_EN },
  });
}, 120_000);
afterAll(() => journey?.close());

describe("content in the other language carries its own lang", () => {
  it("marks an English-only KPI definition with lang=en in the Dutch page", async () => {
    const page = await journey.newPage();
    await openRoute(page, `${journey.baseUrl}/kpis/KPI-WZG`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("nl-BE");
    const text = page.getByText(DEFINITION_EN, { exact: true });
    expect(await text.getAttribute("lang")).toBe("en");
    await page.context().close();
  });

  it("marks an English-only commitment description with lang=en in the Dutch page", async () => {
    const page = await journey.newPage();
    await openRoute(page, `${journey.baseUrl}/commitments/IAB-C001`);
    expect(await page.getByText(DESCRIPTION_EN, { exact: true }).getAttribute("lang")).toBe("en");
    await page.context().close();
  });

  it("marks a Dutch-only KPI definition with lang=nl-BE in the English page, and not in the Dutch one", async () => {
    const page = await journey.newPage();
    const definition = (await journey.database.db.kpi.findUniqueOrThrow({ where: { code: "KPI-LLL" } })).definitionNl!;
    await openRoute(page, `${journey.baseUrl}/kpis/KPI-LLL?lang=en`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await page.getByText(definition, { exact: true }).getAttribute("lang")).toBe("nl-BE");

    await openRoute(page, `${journey.baseUrl}/kpis/KPI-LLL`);
    const dd = page.locator("dd", { hasText: definition });
    expect(await dd.locator("[lang]").count()).toBe(0);
    await page.context().close();
  });
});
