import { DEMO_PASSWORD } from "@boordtabel/api";
import { callerFor, demoActors } from "@boordtabel/api/testing";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { openJourney, SCREENSHOT_DIR, signInAs, type Journey } from "./browser.js";

// Issue 15's "done when": one value goes round the working loop in the browser, as the people
// who use it would: entered, refused without a source, submitted, sent back with a reason, fixed,
// validated with a reservation, and shown on the board with that reservation.

let journey: Journey;
let editor: Page;
let reviewer: Page;
const EDITOR = "editor@demo.boordtabel.be";
const REVIEWER = "reviewer@demo.boordtabel.be";
const VIEWER = "viewer@demo.boordtabel.be";
const CARD = '[data-submitted="KPI-WZG|total|2025"]';
const NAME = "Werkzaamheidsgraad Vlaanderen (totaal)";
const REASON = "De bron vermeldt 77,2 %: kijk het cijfer na.";
const RESERVATION = "Voorlopig jaarcijfer: Statbel herziet het in maart.";

beforeAll(async () => {
  journey = await openJourney();
  await demoActors(journey.database.db);
  editor = await journey.newPage();
  reviewer = await journey.newPage();
  await signInAs(editor, journey.baseUrl, EDITOR, DEMO_PASSWORD);
  await signInAs(reviewer, journey.baseUrl, REVIEWER, DEMO_PASSWORD);
});
afterAll(() => journey?.close());

const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOT_DIR, name), fullPage: true });
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? "");

describe("the working loop", () => {
  it("an editor enters 2025 with the picker and a Dutch decimal: refused without a source, submitted with one", async () => {
    await editor.goto(`${journey.baseUrl}/kpis/KPI-WZG/entry`);
    await editor.getByLabel("Periode", { exact: true }).selectOption("2025");
    await editor.getByLabel("Waarde").fill("77,4");
    await editor.getByRole("button", { name: "Indienen" }).click();
    await editor.getByText("Vermeld de bron van deze waarde: zonder bron kan ze niet ingediend worden.").waitFor();
    expect(
      await journey.database.db.measurement.count({ where: { period: "2025", series: { kpi: { code: "KPI-WZG" } } } }),
    ).toBe(0);
    expect(await seriousViolations(editor)).toEqual([]);
    await editor.getByLabel("Bron").fill("Statbel EAK 2025");
    await editor.getByRole("button", { name: "Indienen" }).click();
    await editor.getByText("Ingediend voor nazicht (versie 1).").waitFor();
  });

  it("a reviewer sees the card with the previous value and sends it back with a reason", async () => {
    await reviewer.goto(`${journey.baseUrl}/review`);
    const card = reviewer.locator(CARD);
    await card.waitFor();
    expect(await card.getByRole("heading", { level: 3 }).textContent()).toContain(NAME);
    expect(await card.getByTestId("candidate-value").textContent()).toContain("77,4 %");
    expect(await card.getByTestId("previous-value").textContent()).toBe("76,8 % (2023)");
    expect(await card.getByTestId("change").textContent()).toBe("+0,6 pt");
    expect(
      (await card.getByRole("link", { name: "Statbel EAK 2025" }).count()) +
        (await card.getByText("Statbel EAK 2025").count()),
    ).toBeGreaterThan(0);
    expect(await card.getByRole("img").getAttribute("aria-label")).toContain("2025 77,4 % (ingediend)");
    expect(await seriousViolations(reviewer)).toEqual([]);
    await shot(reviewer, "review-card.png");

    // Keyboard: open the send-back form, refuse an empty reason, then send back.
    await card.getByRole("button", { name: "Terugsturen", exact: true }).focus();
    await reviewer.keyboard.press("Enter");
    const reason = card.getByLabel("Reden van terugsturen");
    await reason.waitFor();
    expect(await reason.evaluate((el) => el === document.activeElement)).toBe(true);
    await card.getByRole("button", { name: "Terugsturen met deze reden" }).click();
    await card.getByText("Geef een reden om terug te sturen.").waitFor();
    await reason.fill(REASON);
    expect(await seriousViolations(reviewer)).toEqual([]);
    await card.getByRole("button", { name: "Terugsturen met deze reden" }).click();
    await card.waitFor({ state: "detached" });
    expect(await reviewer.getByTestId("review-done").textContent()).toBe(
      `${NAME}, 2025: teruggestuurd naar de invoerder met je reden.`,
    );
    await reviewer.waitForFunction(() => document.activeElement?.id === "submitted-heading");
    expect(await focusedText(reviewer)).toBe("0 ingediende waarden wachten");
  });

  it("the editor sees the reason on /due and on the prefilled form, fixes the value and resubmits", async () => {
    await editor.goto(`${journey.baseUrl}/due`);
    const returned = editor.locator('[data-returned="KPI-WZG|total|2025"]');
    await returned.waitFor();
    expect(await returned.textContent()).toContain(REASON);
    expect(await seriousViolations(editor)).toEqual([]);
    await returned.getByRole("link", { name: /aanpassen/ }).click();
    await editor.getByTestId("returned-reason").waitFor();
    expect(await editor.getByTestId("returned-reason").textContent()).toBe(REASON);
    expect(await editor.getByLabel("Waarde").inputValue()).toBe("77,4");
    expect(await editor.getByLabel("Bron").inputValue()).toBe("Statbel EAK 2025");
    expect(await seriousViolations(editor)).toEqual([]);
    await editor.getByLabel("Waarde").fill("77,2");
    await editor.getByRole("button", { name: "Indienen" }).click();
    await editor.getByText("Ingediend voor nazicht (versie 2).").waitFor();
  });

  it("the reviewer validates it with a reservation, and the focus goes on to the next card", async () => {
    // A second value waits behind it, so the focus has a next card to go to.
    const actors = await demoActors(journey.database.db);
    await callerFor(journey.database.db, actors.editor).measurement.record({
      kpi: "KPI-WZG",
      series: "total",
      period: "2021",
      value: 75.3,
      workflow: "submitted",
      source: "Statbel EAK 2021",
    });
    await reviewer.goto(`${journey.baseUrl}/review`);
    const card = reviewer.locator(CARD);
    await card.waitFor();
    expect(await card.getByTestId("candidate-value").textContent()).toContain("77,2 %");
    await card.getByRole("button", { name: "Valideren met voorbehoud" }).click();
    await card.getByRole("button", { name: "Valideren en voorbehoud bewaren" }).click();
    await card.getByText("Beschrijf je voorbehoud.").waitFor();
    await card.getByLabel("Voorbehoud").fill(RESERVATION);
    await card.getByRole("button", { name: "Valideren en voorbehoud bewaren" }).click();
    await card.waitFor({ state: "detached" });
    expect(await reviewer.getByTestId("review-done").textContent()).toBe(
      `${NAME}, 2025: gevalideerd en gepubliceerd met voorbehoud.`,
    );
    await reviewer.waitForFunction(() => document.activeElement?.tagName === "H3");
    expect(await focusedText(reviewer)).toBe(`${NAME} · 2021`);
    expect(await seriousViolations(reviewer)).toEqual([]);

    const next = reviewer.locator('[data-submitted="KPI-WZG|total|2021"]');
    await next.getByRole("button", { name: "Valideren", exact: true }).click();
    await next.waitFor({ state: "detached" });
    expect(await reviewer.getByTestId("review-done").textContent()).toBe(`${NAME}, 2021: gevalideerd en gepubliceerd.`);
    await reviewer.waitForFunction(() => document.activeElement?.id === "submitted-heading");
  });

  it("the board view shows the value and the reservation", async () => {
    const board = await journey.newPage();
    await board.goto(`${journey.baseUrl}/kpis/KPI-WZG`);
    await board.locator('[data-period="2025"]').waitFor();
    expect(await board.locator('[data-period="2025"] td').first().textContent()).toBe("77,2 %");
    const reservation = board.locator('[data-note="reservation"][data-state="open"]', { hasText: RESERVATION });
    await reservation.waitFor();
    expect(await seriousViolations(board)).toEqual([]);
    await shot(board, "board-with-reservation.png");
    await board.context().close();
  });
});

describe("anonymous visitors and viewers", () => {
  const FORMS = ["/kpis/KPI-WZG/entry", "/entry", "/import"];

  it("never see an entry form", async () => {
    const anonymous = await journey.newPage();
    const viewer = await journey.newPage();
    await signInAs(viewer, journey.baseUrl, VIEWER, DEMO_PASSWORD);
    for (const path of FORMS) {
      await anonymous.goto(`${journey.baseUrl}${path}`);
      await anonymous.waitForURL((url) => url.pathname === "/login");
      expect(await anonymous.getByLabel("Waarde").count()).toBe(0);
      await viewer.goto(`${journey.baseUrl}${path}`);
      await viewer.getByRole("heading", { level: 1, name: "Geen toegang" }).waitFor();
      expect(await viewer.getByRole("main").locator("form, input, textarea, select").count()).toBe(0);
    }
    await anonymous.context().close();
    await viewer.context().close();
  });
});
