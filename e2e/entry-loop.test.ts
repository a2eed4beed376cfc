import { DEMO_PASSWORD } from "@boordtabel/api";
import { callerFor, demoActors } from "@boordtabel/api/testing";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { openJourney, SCREENSHOT_DIR, signInAs, type Journey } from "./browser.js";

let journey: Journey;
let actors: Awaited<ReturnType<typeof demoActors>>;
const EDITOR = "editor@demo.boordtabel.be";
const REASON = "Gebruik het definitieve cijfer uit de jaartabel van Statbel.";

beforeAll(async () => {
  journey = await openJourney();
  actors = await demoActors(journey.database.db);
});
afterAll(() => journey?.close());

const focusedId = (page: Journey["page"]) =>
  page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);

describe("the working loop of an editor", () => {
  it("enters 2025 with the picker and a Dutch decimal, needs a source, and corrects a value sent back without a reason", async () => {
    const page = await journey.newPage();
    await signInAs(page, journey.baseUrl, EDITOR, DEMO_PASSWORD);
    await page.goto(`${journey.baseUrl}/kpis/KPI-WZG/entry`);
    const period = page.getByLabel("Periode", { exact: true });
    await period.waitFor();
    // The next expected period after the latest value (2023) is preselected; missing ones come first.
    expect(await period.inputValue()).toBe("2024");
    // The latest values and the target are there before anything is typed.
    const facts = page.getByTestId("entry-facts");
    expect(await facts.textContent()).toContain("2023");
    expect(await page.getByTestId("entry-target").textContent()).toMatch(/^Doel: .+ in \d{4}\.$/);
    // The live regions exist before they speak.
    expect(await page.locator('[role="status"][data-testid="entry-notice"]').count()).toBe(1);
    expect(await page.getByTestId("entry-notice").textContent()).toBe("");
    await period.selectOption("2025");
    await page.getByLabel("Waarde").fill("76,9");
    const submit = page.getByRole("button", { name: "Indienen" });
    await submit.click();
    const source = page.getByLabel("Bron");
    await page.getByText("Vermeld de bron van deze waarde: zonder bron kan ze niet ingediend worden.").waitFor();
    expect(await source.getAttribute("aria-invalid")).toBe("true");
    expect(await source.getAttribute("aria-describedby")).toContain("entry-source-error");
    expect(await focusedId(page)).toBe("entry-source");
    expect(
      await journey.database.db.measurement.count({
        where: { period: "2025", series: { key: "total", kpi: { code: "KPI-WZG" } } },
      }),
    ).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await source.fill("Statbel EAK 2025");
    await submit.click();
    await page.getByText("Ingediend voor nazicht (versie 1).").waitFor();
    expect(await focusedId(page)).not.toBe("BODY");
    // Saving never takes the buttons out of the tab order.
    expect(await page.locator("form button[disabled]").count()).toBe(0);
    expect(await submit.getAttribute("aria-disabled")).toBe("false");

    // The reviewer sends it back with a reason.
    const reviewer = await journey.database.db.user.findUniqueOrThrow({
      where: { id: actors.reviewer.id },
      select: { name: true },
    });
    await callerFor(journey.database.db, actors.reviewer).measurement.sendBack({
      kpi: "KPI-WZG",
      series: "total",
      period: "2025",
      expectedVersion: 1,
      reason: REASON,
    });

    // The editor finds it at the top of the to-do list, with the reason, the reviewer and a link.
    await page.goto(`${journey.baseUrl}/due`);
    const returned = page.getByTestId("due-returned");
    await returned.waitFor();
    const row = returned.locator('[data-returned="KPI-WZG|total|2025"]');
    expect(await row.textContent()).toContain(REASON);
    expect(await row.textContent()).toContain(reviewer.name);
    expect(await page.locator("main h2").first().textContent()).toBe("Teruggestuurd");
    await page.getByTestId("due-figures").waitFor();
    expect(await page.getByTestId("due-definitions").textContent()).toContain("Volledigheid is het aandeel");
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "due-returned.png"), fullPage: true });
    await row.getByRole("link", { name: /aanpassen/ }).click();

    // The form opens with the returned version and the reason; no "Reden" for a value never published.
    await page.getByTestId("returned-reason").waitFor();
    expect(await page.getByTestId("returned-reason").textContent()).toBe(REASON);
    expect(await page.getByLabel("Periode", { exact: true }).inputValue()).toBe("2025");
    expect(await page.getByLabel("Waarde").inputValue()).toBe("76,9");
    expect(await page.getByLabel("Bron").inputValue()).toBe("Statbel EAK 2025");
    expect(await page.getByLabel("Reden").count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "entry-returned.png"), fullPage: true });
    await page.getByLabel("Waarde").fill("76,8");
    await page.getByLabel("Bron").fill("Statbel EAK 2025, jaartabel");
    await page.getByRole("button", { name: "Indienen" }).click();
    await page.getByText("Ingediend voor nazicht (versie 2).").waitFor();
    const stored = await journey.database.db.measurementVersion.findFirstOrThrow({
      where: { version: 2, measurement: { period: "2025", series: { key: "total", kpi: { code: "KPI-WZG" } } } },
      select: { value: true, workflow: true, reason: true, sourceLabel: true },
    });
    expect(stored).toMatchObject({ workflow: "SUBMITTED", reason: null, sourceLabel: "Statbel EAK 2025, jaartabel" });
    expect(stored.value?.toNumber()).toBe(76.8);
    await page.context().close();
  });

  it("reads a period typed in local notation and names the frequency when it does not fit", async () => {
    const page = await journey.newPage();
    await signInAs(page, journey.baseUrl, EDITOR, DEMO_PASSWORD);
    await page.goto(`${journey.baseUrl}/kpis/KPI-WZG/entry`);
    await page.getByLabel("Periode", { exact: true }).selectOption("other");
    await page.getByLabel("Of typ ze zelf").fill("K2 2025");
    await page.getByLabel("Waarde").fill("77,0");
    await page.getByRole("button", { name: "Opslaan als concept" }).click();
    await page.getByText("KPI-WZG is een jaarreeks en verwacht een jaar, bv. 2025.").waitFor();
    expect(await page.getByLabel("Of typ ze zelf").getAttribute("aria-invalid")).toBe("true");
    expect(await focusedId(page)).toBe("entry-period-typed");
    await page.getByLabel("Of typ ze zelf").fill("2050");
    await page.getByRole("button", { name: "Opslaan als concept" }).click();
    await page.getByText("2050 is nog niet begonnen: een waarde kan pas vanaf 1 januari 2050.").waitFor();
    await page.context().close();
  });
});
