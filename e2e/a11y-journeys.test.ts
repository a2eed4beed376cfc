import { DEMO_PASSWORD } from "@boordtabel/api";
import { demoActors } from "@boordtabel/api/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openJourney, signInAs, type Journey } from "./browser.js";
import { announced, focused, openRoute } from "./a11y-support.js";

let journey: Journey;

beforeAll(async () => {
  journey = await openJourney();
  await demoActors(journey.database.db);
}, 120_000);
afterAll(() => journey?.close());

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Journey["page"], matches: (f: { tag: string | null; text: string }) => boolean, most = 60) {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press("Tab");
    if (matches(await focused(page))) return;
  }
  throw new Error("not reached with Tab");
}

describe("keyboard-only journeys: where focus lands and what is said", () => {
  it("signs in: the fields are marked invalid with the error, then focus lands on the plan's heading", async () => {
    const page = await journey.newPage();
    await openRoute(page, `${journey.baseUrl}/login`);
    // Tab to the form's button (past the header's sign-in link) and press it with both fields empty.
    await tabTo(page, (f) => f.tag === "BUTTON" && f.text === "Aanmelden");
    await page.keyboard.press("Enter");
    const email = page.getByLabel("E-mailadres");
    await page.waitForFunction(() => document.activeElement?.id === "login-email");
    expect(await email.getAttribute("aria-invalid")).toBe("true");
    const describedBy = await email.getAttribute("aria-describedby");
    expect(await page.locator(`#${describedBy}`).innerText()).toBe(await page.getByRole("alert").innerText());

    await page.keyboard.type("editor@demo.boordtabel.be");
    await page.keyboard.press("Tab");
    await page.keyboard.type("wrong password");
    await page.keyboard.press("Enter");
    await page
      .getByRole("alert")
      .getByText(/wachtwoord/i)
      .waitFor();
    expect(await page.getByLabel("Wachtwoord").getAttribute("aria-invalid")).toBe("true");
    expect((await focused(page)).tag).toBe("INPUT");

    await page.getByLabel("Wachtwoord").fill("");
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.tagName === "H1");
    expect((await focused(page)).text).toBe("Iedereen aan boord");
    await page.waitForFunction(() => document.querySelector("[data-testid=announcer]")?.textContent !== "");
    expect(await announced(page)).toBe("Iedereen aan boord");
    expect(await page.title()).toBe("Iedereen aan boord – Boordtabel");
    await page.context().close();
  });

  it("goes from the plan to a KPI: focus on the KPI's heading, its name said and in the title", async () => {
    const page = await journey.newPage();
    await openRoute(page, `${journey.baseUrl}/plans/IAB`);
    await tabTo(page, (f) => f.tag === "A" && f.text.startsWith("Werkzaamheidsgraad Vlaanderen"), 120);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.tagName === "H1" && location.pathname === "/kpis/KPI-WZG");
    expect((await focused(page)).text).toBe("Werkzaamheidsgraad Vlaanderen (totaal)");
    await page.waitForFunction(() => document.querySelector("[data-testid=announcer]")?.textContent !== "");
    expect(await announced(page)).toBe("Werkzaamheidsgraad Vlaanderen (totaal)");
    expect(await page.title()).toBe("Werkzaamheidsgraad Vlaanderen (totaal) – Boordtabel");
    await page.context().close();
  });

  it("names the chart as a figure by its status sentence, one image without a keyboard layer", async () => {
    const page = await journey.newPage();
    await openRoute(page, `${journey.baseUrl}/kpis/KPI-WZG`);
    const summary = await page.getByTestId("summary").first().innerText();
    const figure = page.locator("figure.chart");
    const captionId = await figure.getAttribute("aria-labelledby");
    expect(await page.locator(`[id="${captionId}"]`).innerText()).toBe(summary);
    await page.getByRole("figure", { name: summary }).waitFor();
    expect(await figure.getByRole("img", { name: "Werkzaamheidsgraad Vlaanderen (totaal)" }).count()).toBe(1);
    expect(await page.locator('[role="application"], svg[tabindex]').count()).toBe(0);
    expect(await figure.getByRole("link", { name: "Alle waarden staan in de tabel" }).getAttribute("href")).toBe(
      "#table-heading",
    );
    // Legend symbols are drawn, not named: no English "legend icon" in a Dutch page.
    expect(await page.locator('[aria-label*="legend icon"]').count()).toBe(0);
    expect(await figure.locator(".chart-legend svg[aria-hidden=true]").count()).toBeGreaterThan(2);
    await page.context().close();
  });

  it("opens a value's history dialog and returns focus to its button when closed", async () => {
    const page = await journey.newPage();
    await openRoute(page, `${journey.baseUrl}/kpis/KPI-WZG`);
    const opener = page.getByRole("button", { name: /^Geschiedenis van de waarde voor/ }).first();
    await opener.focus();
    const name = await opener.getAttribute("aria-label");
    await page.keyboard.press("Enter");
    await page.getByRole("dialog").waitFor();
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest("[role=dialog]")))).toBe(true);
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
    expect((await focused(page)).label).toBe(name);
    await page.context().close();
  });

  it("filters the commitments: focus stays on the filter and the new number of results is said", async () => {
    const page = await journey.newPage();
    await openRoute(page, `${journey.baseUrl}/commitments`);
    const count = page.getByTestId("result-count");
    await count.getByText(/resultaten gevonden$/).waitFor();
    const before = await count.innerText();
    expect(await count.getAttribute("role")).toBe("status");
    const status = page.getByRole("form", { name: "Filters" }).locator("select").nth(2);
    await status.focus();
    await status.selectOption("done");
    await page.waitForFunction((old) => {
      const text = document.querySelector("[data-testid=result-count]")?.textContent ?? "";
      return text !== "" && text !== old;
    }, before);
    expect(await count.innerText()).toMatch(/^\d+ resultaten? gevonden$/);
    expect((await focused(page)).tag).toBe("SELECT");
    await page.context().close();
  });

  it("presents: Space presses the focused button, each slide is said, the last slide keeps focus", async () => {
    const page = await journey.newPage();
    await openRoute(page, `${journey.baseUrl}/plans/IAB`);
    await page.getByRole("link", { name: "Presenteren" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.tagName === "H1" && location.pathname === "/present/IAB");
    const next = page.getByRole("button", { name: /Volgende/ });
    await next.focus();
    await page.keyboard.press("Space");
    await page
      .getByTestId("slide-position")
      .getByText(/^Dia 2 van \d+$/)
      .waitFor();
    expect((await focused(page)).text).toMatch(/Volgende/);
    await page.waitForFunction(() =>
      /^Dia 2 van \d+: /.test(document.querySelector("[data-testid=announcer]")?.textContent ?? ""),
    );
    const heading = await page.locator(".deck-slide h1").innerText();
    expect(await announced(page)).toMatch(new RegExp(`^Dia 2 van \\d+: ${heading.replace(/[()]/g, ".")}$`));

    await page.keyboard.press("End");
    await page.locator('.deck-slide[data-slide-kind="closing"]').waitFor();
    await page.keyboard.press("Space");
    expect((await focused(page)).text).toMatch(/Volgende/);
    expect(await next.getAttribute("aria-disabled")).toBe("true");
    await page.locator('.deck-slide[data-slide-kind="closing"]').waitFor();

    await page.keyboard.press("Escape");
    await page.waitForFunction(() => document.activeElement?.tagName === "H1" && location.pathname === "/plans/IAB");
    expect((await focused(page)).text).toBe("Iedereen aan boord");
    await page.context().close();
  });

  it("keeps one polite live region in the page for a signed-in viewer", async () => {
    const page = await journey.newPage();
    await signInAs(page, journey.baseUrl, "viewer@demo.boordtabel.be", DEMO_PASSWORD);
    expect(await page.getByTestId("announcer").count()).toBe(1);
    expect(await page.getByTestId("announcer").getAttribute("aria-live")).toBe("polite");
    await page.context().close();
  });
});
