import { DEMO_PASSWORD } from "@boordtabel/api";
import { callerFor, demoActors } from "@boordtabel/api/testing";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { openJourney, SCREENSHOT_DIR, signInAs, type Journey } from "./browser.js";

let journey: Journey;
const EDITOR = "editor@demo.boordtabel.be";
const REVIEWER = "reviewer@demo.boordtabel.be";
const VIEWER = "viewer@demo.boordtabel.be";

beforeAll(async () => {
  journey = await openJourney();
  await demoActors(journey.database.db); // the demo accounts exist in this database
});
afterAll(() => journey?.close());

describe("signing in", () => {
  it("refuses a wrong password with a clear message, and shows role-aware navigation after signing in", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel("E-mailadres").fill(EDITOR);
    await page.getByLabel("Wachtwoord").fill("not-the-password");
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await page.getByText("E-mailadres of wachtwoord klopt niet.").waitFor();
    await signInAs(page, baseUrl, EDITOR, DEMO_PASSWORD);
    const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
    expect(await nav.getByRole("link", { name: "Invoer" }).count()).toBe(1);
    expect(await nav.getByRole("link", { name: "Nazicht" }).count()).toBe(0);
    await page.getByRole("button", { name: "Afmelden" }).click();
    await page.getByRole("link", { name: "Aanmelden" }).waitFor();
  });

  it("shows a viewer no entry or review controls", async () => {
    const page = await journey.newPage();
    await signInAs(page, journey.baseUrl, VIEWER, DEMO_PASSWORD);
    const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
    expect(await nav.getByRole("link", { name: "Invoer" }).count()).toBe(0);
    expect(await nav.getByRole("link", { name: "Nazicht" }).count()).toBe(0);
    expect(await nav.getByRole("link", { name: "Te doen" }).count()).toBe(0);
    await page.context().close();
  });

  it("uses English labels under ?lang=en", async () => {
    const page = await journey.newPage();
    await page.goto(`${journey.baseUrl}/login?lang=en`);
    await page.getByLabel("Email address").waitFor();
    expect(await page.getByLabel("Password").count()).toBe(1);
    expect(await page.getByRole("button", { name: "Sign in" }).count()).toBe(1);
    await page.context().close();
  });
});

describe("an expired session", () => {
  it("sends the user to sign in again with a message, and back to where they were", async () => {
    const page = await journey.newPage();
    await signInAs(page, journey.baseUrl, EDITOR, DEMO_PASSWORD);
    await page.goto(`${journey.baseUrl}/due`);
    await page.locator("[data-due]").first().waitFor();
    await journey.database.db.session.deleteMany({}); // every session ends, as after expiry
    // The next request of the open page finds no session.
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Invoer" }).click();
    await page.getByText("Je sessie is verlopen. Meld je opnieuw aan; je komt terug waar je was.").waitFor();
    await page.getByLabel("E-mailadres").fill(EDITOR);
    await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await page.waitForURL(/\/entry/);
    await page.context().close();
  });
});

describe("a data round", () => {
  it("an editor records and submits a value, a reviewer validates it, and the KPI page shows it", async () => {
    const editor = await journey.newPage();
    await signInAs(editor, journey.baseUrl, EDITOR, DEMO_PASSWORD);
    await editor.goto(`${journey.baseUrl}/due`);
    await editor.locator('[data-due="KPI-WZG"]').waitFor();
    await editor.locator('[data-due="KPI-WZG"]').getByRole("link", { name: "Invoeren" }).click();
    await editor.waitForURL(/\/entry/);
    await editor.getByLabel("Periode", { exact: true }).waitFor();
    const period = await editor.getByLabel("Periode", { exact: true }).inputValue();
    expect(period).toMatch(/^20\d\d$/);
    await editor.getByLabel("Waarde").fill("77,1");
    await editor.getByLabel("Bron").fill("Statbel EAK");
    await editor.getByRole("button", { name: "Indienen" }).click();
    await editor.getByText("Ingediend voor nazicht (versie 1).").waitFor();
    await editor.screenshot({ path: join(SCREENSHOT_DIR, "entry-submitted.png"), fullPage: true });

    const reviewer = await journey.newPage();
    await signInAs(reviewer, journey.baseUrl, REVIEWER, DEMO_PASSWORD);
    await reviewer.goto(`${journey.baseUrl}/review`);
    const row = reviewer.locator(`[data-submitted="KPI-WZG|total|${period}"]`);
    await row.waitFor();
    await reviewer.screenshot({ path: join(SCREENSHOT_DIR, "review-queue.png"), fullPage: true });
    await row.getByRole("button", { name: "Valideren", exact: true }).click();
    await row.waitFor({ state: "detached" });

    await reviewer.goto(`${journey.baseUrl}/kpis/KPI-WZG`);
    await reviewer.locator(`[data-period="${period}"]`).waitFor();
    expect(await reviewer.locator(`[data-period="${period}"] td`).first().textContent()).toBe("77,1 %");
    // the seeded years 1999, 2017-2020, 2022, 2023 and the new one
    expect(await reviewer.locator("circle[data-series=actual]").count()).toBe(8);
    await editor.context().close();
    await reviewer.context().close();
  });

  it("refuses an outlier without a comment and a revision without a reason, next to the field", async () => {
    const page = await journey.newPage();
    await signInAs(page, journey.baseUrl, EDITOR, DEMO_PASSWORD);
    await page.goto(`${journey.baseUrl}/kpis/KPI-WZG/entry?period=1996`);
    await page.getByLabel("Waarde").fill("95");
    await page.getByRole("button", { name: "Opslaan als concept" }).click();
    await page.getByText("Deze waarde wijkt sterk af van de vorige: licht ze toe in een opmerking.").waitFor();
    expect(await page.getByLabel("Opmerking").getAttribute("aria-invalid")).toBe("true");

    await page.goto(`${journey.baseUrl}/kpis/KPI-WZG/entry?period=2019`);
    await page.getByTestId("current-value").waitFor();
    await page.getByLabel("Waarde").fill("75,6");
    await page.getByRole("button", { name: "Indienen" }).click();
    await page.getByText("Geef een reden voor deze wijziging.").waitFor();
    expect(await page.getByLabel("Reden").getAttribute("aria-invalid")).toBe("true");
    expect(
      await journey.database.db.measurementVersion.count({ where: { measurement: { period: { in: ["1996"] } } } }),
    ).toBe(0);
    await page.context().close();
  });

  it("two people changing the same value meet in the conflict dialog and choose", async () => {
    const first = await journey.newPage();
    const second = await journey.newPage();
    await signInAs(first, journey.baseUrl, EDITOR, DEMO_PASSWORD);
    await signInAs(second, journey.baseUrl, "admin@demo.boordtabel.be", DEMO_PASSWORD);
    for (const page of [first, second]) {
      await page.goto(`${journey.baseUrl}/kpis/KPI-WZG/entry?period=2020`);
      await page.getByTestId("current-value").waitFor();
    }
    await first.getByLabel("Waarde").fill("74,8");
    await first.getByLabel("Reden").fill("Herziening Statbel");
    await first.getByLabel("Bron").fill("Statbel EAK");
    await first.getByRole("button", { name: "Indienen" }).click();
    await first.getByText("Ingediend voor nazicht (versie 2).").waitFor();

    await second.getByLabel("Waarde").fill("74,9");
    await second.getByLabel("Reden").fill("Eigen correctie");
    await second.getByLabel("Bron").fill("Statbel EAK");
    await second.getByRole("button", { name: "Indienen" }).click();
    const dialog = second.getByRole("dialog", { name: "Iemand anders wijzigde deze waarde" });
    await dialog.waitFor();
    expect(await dialog.getByTestId("conflict-mine").textContent()).toBe("74,9 %");
    expect(await dialog.getByTestId("conflict-theirs").textContent()).toContain("74,8 %");
    await second.screenshot({ path: join(SCREENSHOT_DIR, "entry-conflict.png") });
    expect(await seriousViolations(second)).toEqual([]);
    await dialog.getByRole("button", { name: "Mijn waarde opslaan" }).click();
    await second.getByText("Ingediend voor nazicht (versie 3).").waitFor();
    await first.context().close();
    await second.context().close();
  });

  it("an import with one bad row changes nothing and shows that row's problem", async () => {
    const page = await journey.newPage();
    await signInAs(page, journey.baseUrl, EDITOR, DEMO_PASSWORD);
    const before = await journey.database.db.measurementVersion.count();
    const file = join(tmpdir(), `import-${process.pid}.csv`);
    writeFileSync(
      file,
      'kpi,series,period,value,source\nKPI-WZG,total,2015,"78,0",Statbel\nKPI-NWWZ,total,2015,-5,VDAB\n',
    );
    await page.goto(`${journey.baseUrl}/import`);
    await page.getByLabel("Bestand (CSV of XLSX)").setInputFiles(file);
    await page.getByTestId("import-errors").waitFor();
    expect(await page.locator('[data-error-row="2"]').textContent()).toContain("Deze waarde kan niet negatief zijn.");
    expect(await page.getByRole("button", { name: /indienen/ }).isDisabled()).toBe(true);
    expect(await journey.database.db.measurementVersion.count()).toBe(before);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "import-errors.png"), fullPage: true });

    writeFileSync(
      file,
      'kpi,series,period,value,source\nKPI-WZG,total,2015,"78,0",Statbel\nKPI-NWWZ,total,2015,180000,VDAB\n',
    );
    await page.getByLabel("Bestand (CSV of XLSX)").setInputFiles(file);
    await page.getByTestId("import-preview").waitFor();
    await page.getByRole("button", { name: "Alle 2 rijen indienen" }).click();
    await page.getByTestId("import-done").waitFor();
    expect(await journey.database.db.measurementVersion.count()).toBe(before + 2);
    await page.context().close();
  });

  it("the period grid saves several KPIs at once and moves down with Enter", async () => {
    const page = await journey.newPage();
    await signInAs(page, journey.baseUrl, EDITOR, DEMO_PASSWORD);
    await page.goto(`${journey.baseUrl}/entry?plan=IAB&period=2016`);
    const wzg = page.getByLabel(/^Waarde: Werkzaamheidsgraad Vlaanderen \(totaal\)/);
    await wzg.fill("78,5");
    await wzg.press("Enter");
    const focused = await page.evaluate(() => document.activeElement?.id ?? "");
    expect(focused).toMatch(/^grid-value-KPI-/);
    expect(focused).not.toBe("grid-value-KPI-WZG");
    await page.getByRole("button", { name: "Opslaan als concept" }).click();
    await page.getByTestId("grid-notice").waitFor();
    expect(await page.getByTestId("grid-notice").textContent()).toBe("1 waarde opgeslagen als concept.");
    await page.context().close();
  });
});

describe("accessibility of the working screens (axe-core)", () => {
  it.each([
    "/login",
    "/due",
    "/entry?period=2024",
    "/kpis/KPI-WZG/entry?period=2024",
    "/import",
    "/review",
    "/admin",
    "/kpis/KPI-WZG",
    "/commitments",
  ])("%s has no serious or critical violation", async (path) => {
    const page = await journey.newPage();
    await signInAs(page, journey.baseUrl, "admin@demo.boordtabel.be", DEMO_PASSWORD);
    await page.goto(`${journey.baseUrl}${path}`);
    await page.locator("h1").waitFor();
    await page.waitForLoadState("networkidle");
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe("targets, commitments, history and administration", () => {
  it("an editor revises the target path with a justification; the earlier revision stays in the history", async () => {
    const page = await journey.newPage();
    await signInAs(page, journey.baseUrl, EDITOR, DEMO_PASSWORD);
    await page.goto(`${journey.baseUrl}/kpis/KPI-NWWZ`);
    await page.getByRole("button", { name: "Doelpad wijzigen" }).click();
    await page.getByRole("button", { name: "Nieuwe versie bewaren" }).click();
    await page.getByText("Leg uit waarom het doelpad verandert.").waitFor();
    const form = page.getByRole("form", { name: "Nieuwe versie van het doelpad" });
    await form.getByLabel("Periode", { exact: true }).last().fill("2030");
    await form.getByLabel("Waarde").last().fill("150.000");
    await form.getByLabel("Bron").last().fill("Test: afspraak stuurgroep");
    await form.getByLabel("Verantwoording").fill("Nieuw doel na de evaluatie van 2025");
    await form.getByRole("button", { name: "Nieuwe versie bewaren" }).click();
    await page.getByTestId("target-notice").waitFor();
    expect(await page.getByTestId("target-history").textContent()).toContain("Nieuw doel na de evaluatie van 2025");
    await page.context().close();
  });

  it("an editor posts a commitment status update with progress and a note", async () => {
    const page = await journey.newPage();
    await signInAs(page, journey.baseUrl, EDITOR, DEMO_PASSWORD);
    await page.goto(`${journey.baseUrl}/commitments`);
    await page.getByRole("button", { name: "Status van IAB-C008 bijwerken" }).click();
    const dialog = page.getByRole("dialog", { name: "Stand van zaken van IAB-C008" });
    await dialog.getByLabel("Status").selectOption("in_progress");
    await dialog.getByLabel("Voortgang (0–100 %)").fill("140");
    await dialog.getByRole("button", { name: "Stand van zaken bewaren" }).click();
    await dialog.getByText("Voortgang is een geheel getal van 0 tot 100.").waitFor();
    await dialog.getByLabel("Voortgang (0–100 %)").fill("40");
    await dialog.getByLabel("Opmerking").fill("Eerste fase afgerond");
    await dialog.getByRole("button", { name: "Stand van zaken bewaren" }).click();
    await dialog.waitFor({ state: "detached" });
    const history = await callerFor(journey.database.db, null).commitment.history({ code: "IAB-C008" });
    expect(history[0]).toMatchObject({ status: "in_progress", progress: 40, note: "Eerste fase afgerond" });
    await page.context().close();
  });

  it("an admin restores an earlier version of a value, with a reason, from its history", async () => {
    const page = await journey.newPage();
    await signInAs(page, journey.baseUrl, "admin@demo.boordtabel.be", DEMO_PASSWORD);
    await page.goto(`${journey.baseUrl}/kpis/KPI-WZG/entry?period=2017`);
    await page.getByTestId("current-value").waitFor();
    await page.getByLabel("Waarde").fill("73,2");
    await page.getByLabel("Reden").fill("Herziening");
    await page.getByRole("button", { name: "Opslaan als concept" }).click();
    await page.getByText("Opgeslagen als concept (versie 2).").waitFor();
    await page.goto(`${journey.baseUrl}/kpis/KPI-WZG`);
    await page.getByRole("button", { name: "Geschiedenis van de waarde voor 2017" }).click();
    const dialog = page.getByRole("dialog", { name: "Versies van de waarde voor 2017" });
    await dialog.getByRole("button", { name: "Versie 1 herstellen" }).click();
    await dialog.getByLabel("Reden").fill("Concept was een vergissing");
    await dialog.getByRole("button", { name: "Herstellen met deze reden" }).click();
    await dialog.locator('[data-version="3"]').waitFor();
    expect(await dialog.locator('[data-version="3"]').textContent()).toContain("Concept was een vergissing");
    await page.keyboard.press("Escape");
    await page.getByTestId("kpi-changes").waitFor();
    expect(await page.getByTestId("kpi-changes").textContent()).toContain("versie hersteld · KPI-WZG/total/2017");
    await page.context().close();
  });

  it("an admin creates an account, and the new viewer can sign in", async () => {
    const page = await journey.newPage();
    await signInAs(page, journey.baseUrl, "admin@demo.boordtabel.be", DEMO_PASSWORD);
    await page.goto(`${journey.baseUrl}/admin`);
    await page.getByLabel("E-mailadres").fill("lezer@voorbeeld.be");
    await page.getByLabel("Naam", { exact: true }).fill("Nieuwe lezer");
    await page.getByLabel("Wachtwoord").fill("een-lang-wachtwoord");
    await page.getByRole("button", { name: "Gebruiker aanmaken" }).click();
    await page.locator('[data-user="lezer@voorbeeld.be"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const viewer = await journey.newPage();
    await signInAs(viewer, journey.baseUrl, "lezer@voorbeeld.be", "een-lang-wachtwoord");
    expect(await viewer.getByTestId("who").textContent()).toContain("Nieuwe lezer");
    await page.context().close();
    await viewer.context().close();
  });
});
