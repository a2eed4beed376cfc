// The target form applies the server's unit range at the field: a percentage target of 150
// is refused next to its field, in Dutch, before anything is sent; a value in range is saved.
import { DEMO_PASSWORD } from "@boordtabel/api";
import { demoActors } from "@boordtabel/api/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { openJourney, signInAs, type Journey } from "./browser.js";

let journey: Journey;

beforeAll(async () => {
  journey = await openJourney();
  await demoActors(journey.database.db); // the demo accounts exist in this database
});
afterAll(() => journey?.close());

describe("the target form", () => {
  it("refuses a percentage target of 150 at its field and saves 82", async () => {
    const { page, baseUrl } = journey;
    await signInAs(page, baseUrl, "editor@demo.boordtabel.be", DEMO_PASSWORD);
    await page.goto(`${baseUrl}/kpis/KPI-WZG`);
    await page.getByRole("button", { name: "Doelpad wijzigen" }).click();
    const paths = () => journey.database.db.targetPath.count();
    const before = await paths();
    const last = page.locator("input[id^=target-][id$=-value]").last();
    const id = await last.getAttribute("id");
    await last.fill("150");
    await page.locator("#justification").fill("Test van het bereik");
    await page.getByRole("button", { name: "Nieuwe versie bewaren" }).click();
    const error = page.locator(`#${id}-error`);
    await error.waitFor();
    expect(await error.textContent()).toBe("Een percentage ligt tussen 0 en 100.");
    expect(await last.getAttribute("aria-invalid")).toBe("true");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await paths()).toBe(before);

    await last.fill("82");
    await page.getByRole("button", { name: "Nieuwe versie bewaren" }).click();
    await page
      .getByTestId("target-notice")
      .getByText(/is bewaard/)
      .waitFor();
    expect(await paths()).toBe(before + 1);
  });
});
