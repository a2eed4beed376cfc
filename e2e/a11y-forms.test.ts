// WCAG 3.3.1 on the forms beyond sign-in: a form submitted with problems marks each field in
// question (aria-invalid, aria-describedby pointing at its error text) and moves focus to the
// first of them; its saving button is aria-disabled, never disabled, so focus stays on it.
import { DEMO_PASSWORD } from "@boordtabel/api";
import { callerFor, demoActors } from "@boordtabel/api/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openJourney, signInAs, type Journey } from "./browser.js";

let journey: Journey;
let editor: Page;
let actors: Awaited<ReturnType<typeof demoActors>>;

beforeAll(async () => {
  journey = await openJourney();
  actors = await demoActors(journey.database.db);
  editor = await journey.newPage();
  await signInAs(editor, journey.baseUrl, "editor@demo.boordtabel.be", DEMO_PASSWORD);
}, 120_000);
afterAll(() => journey?.close());

/** The field has focus, is marked invalid, and is described by a node that holds `text`. */
async function expectFocusedInvalid(page: Page, id: string, text: string | RegExp) {
  await page.waitForFunction((want) => document.activeElement?.id === want, id);
  const field = page.locator(`#${id}`);
  expect(await field.getAttribute("aria-invalid")).toBe("true");
  const describedBy = (await field.getAttribute("aria-describedby"))?.split(" ") ?? [];
  const texts = await Promise.all(describedBy.map((ref) => page.locator(`#${ref}`).innerText()));
  expect(texts.some((t) => (typeof text === "string" ? t === text : text.test(t)))).toBe(true);
}

describe("forms say what is wrong at the field", () => {
  it("the target form: an invalid period and no justification mark both fields and focus the first", async () => {
    await editor.goto(`${journey.baseUrl}/kpis/KPI-WZG`);
    await editor.getByRole("button", { name: "Doelpad wijzigen" }).click();
    const period = editor.locator("input[id^=target-][id$=-period]").first();
    const id = (await period.getAttribute("id"))!;
    await period.fill("volgend jaar");
    await editor.locator("#justification").fill("");
    const save = editor.getByRole("button", { name: "Nieuwe versie bewaren" });
    expect(await save.getAttribute("disabled")).toBeNull();
    await save.click();
    await expectFocusedInvalid(editor, id, /./);
    const justification = editor.locator("#justification");
    expect(await justification.getAttribute("aria-invalid")).toBe("true");
    expect(await editor.locator("#justification-error").innerText()).toBe("Leg uit waarom het doelpad verandert.");
    expect((await justification.getAttribute("aria-describedby"))?.split(" ")).toContain("justification-error");
  });

  it("the proposal form: an empty target value and justification mark the fields and focus the first", async () => {
    await editor.goto(`${journey.baseUrl}/kpis/KPI-ASIEL-SCREEN/voorstel`);
    await editor.getByLabel("Periode", { exact: true }).fill("2027");
    const submit = editor.getByRole("button", { name: "Voorstel indienen" });
    expect(await submit.getAttribute("disabled")).toBeNull();
    await submit.click();
    const value = editor.getByLabel("Waarde", { exact: true });
    const id = (await value.getAttribute("id"))!;
    await expectFocusedInvalid(editor, id, /./);
    expect(await editor.locator("#proposal-justification").getAttribute("aria-invalid")).toBe("true");
    expect(await editor.locator("#proposal-justification-error").innerText()).not.toBe("");
    expect(editor.url()).toMatch(/\/voorstel$/);
  });

  it("the admin's token form: no name marks the name field and focuses it", async () => {
    const admin = await journey.newPage();
    await signInAs(admin, journey.baseUrl, "admin@demo.boordtabel.be", DEMO_PASSWORD);
    await admin.goto(`${journey.baseUrl}/admin`);
    await admin.getByRole("button", { name: "Token aanmaken" }).click();
    await expectFocusedInvalid(admin, "token-name", "Geef het token een naam.");
  });
});

describe("a proposal's position and decision forms keep focus and say the result", () => {
  it("saves a position with focus kept on its button and the result said; the decision moves focus to its result", async () => {
    const { id } = await callerFor(journey.database.db, actors.editor).proposal.create({
      kpi: "KPI-ASIEL-SCREEN",
      series: "total",
      baseline: { period: "2024", value: 6 },
      targets: [{ period: "2027", value: 3, kind: "target" }],
      interpolation: "linear",
      justification: "Snellere screening na een asielaanvraag",
    });
    const admin = await journey.newPage();
    await signInAs(admin, journey.baseUrl, "admin@demo.boordtabel.be", DEMO_PASSWORD);
    await admin.goto(`${journey.baseUrl}/voorstellen/${id}`);
    // Both results have their live region before they speak.
    const positionNotice = admin.getByTestId("position-notice");
    const result = admin.getByTestId("proposal-result");
    expect(await positionNotice.getAttribute("role")).toBe("status");
    expect(await result.getAttribute("role")).toBe("status");

    // A reservation without a word: the field is marked and takes focus.
    await admin.getByLabel("Akkoord met voorbehoud").check();
    const savePosition = admin.getByRole("button", { name: "Standpunt opslaan" });
    await savePosition.focus();
    await admin.keyboard.press("Enter");
    await expectFocusedInvalid(admin, "position-body", /./);
    await admin.getByLabel("Voorbehoud of motivering").fill("Mits extra middelen");
    await admin.getByLabel("Namens organisatie (code)").fill("VAKBONDEN");
    await savePosition.focus();
    await admin.keyboard.press("Enter");
    await positionNotice.getByText("Standpunt opgeslagen.").waitFor();
    expect(await savePosition.getAttribute("disabled")).toBeNull();
    expect(await admin.evaluate(() => document.activeElement?.textContent)).toBe("Standpunt opslaan");

    // The decision without a date or reference: the date field is marked and takes focus.
    const saveDecision = admin.getByRole("button", { name: "Beslissing vastleggen" });
    await saveDecision.focus();
    await admin.keyboard.press("Enter");
    await expectFocusedInvalid(admin, "decision-date", /./);
    expect(await saveDecision.getAttribute("disabled")).toBeNull();
    await admin.getByLabel("Datum van de beslissing").fill("12/03/2026");
    await admin.getByLabel("Referentie").fill("Raad van Bestuur VDAB, 12 maart 2026");
    await saveDecision.focus();
    await admin.keyboard.press("Enter");
    // The forms leave with the decision; focus goes to the result, which says it.
    await admin.locator('[data-proposal][data-state="adopted"]').waitFor();
    await admin.getByText("Beslissing vastgelegd.").waitFor();
    expect(await admin.locator("form[data-form]").count()).toBe(0);
    expect(await admin.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("proposal-result");
    expect(await result.innerText()).toBe("Beslissing vastgelegd.");
    await admin.context().close();
  });
});
