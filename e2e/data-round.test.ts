import { DEMO_PASSWORD } from "@boordtabel/api";
import { demoActors } from "@boordtabel/api/testing";
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

describe("a data round", () => {
  it("an editor records and submits a value, a reviewer validates it, and the KPI page shows it", async () => {
    const editor = await journey.newPage();
    await signInAs(editor, journey.baseUrl, EDITOR, DEMO_PASSWORD);
    await editor.goto(`${journey.baseUrl}/due`);
    await editor.locator('[data-due="KPI-WZG"]').waitFor();
    await editor.locator('[data-due="KPI-WZG"]').getByRole("link", { name: "Invoeren" }).click();
    await editor.getByLabel("Periode").waitFor();
    const period = await editor.getByLabel("Periode").inputValue();
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
    await row.getByRole("button", { name: "Valideren" }).click();
    await row.waitFor({ state: "detached" });

    await reviewer.goto(`${journey.baseUrl}/kpis/KPI-WZG`);
    await reviewer.locator(`[data-period="${period}"]`).waitFor();
    expect(await reviewer.locator(`[data-period="${period}"] td`).first().textContent()).toBe("77,1 %");
    expect(await reviewer.locator("circle[data-series=actual]").count()).toBe(7);
    await editor.context().close();
    await reviewer.context().close();
  });

  it("refuses an outlier without a comment and a revision without a reason, next to the field", async () => {
    const page = await journey.newPage();
    await signInAs(page, journey.baseUrl, EDITOR, DEMO_PASSWORD);
    await page.goto(`${journey.baseUrl}/kpis/KPI-WZG/entry?period=2030`);
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
      await journey.database.db.measurementVersion.count({ where: { measurement: { period: { in: ["2030"] } } } }),
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
    await first.getByRole("button", { name: "Indienen" }).click();
    await first.getByText("Ingediend voor nazicht (versie 2).").waitFor();

    await second.getByLabel("Waarde").fill("74,9");
    await second.getByLabel("Reden").fill("Eigen correctie");
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
    writeFileSync(file, 'kpi,series,period,value\nKPI-WZG,total,2031,"78,0"\nKPI-NWWZ,total,2031,-5\n');
    await page.goto(`${journey.baseUrl}/import`);
    await page.getByLabel("Bestand (CSV of XLSX)").setInputFiles(file);
    await page.getByTestId("import-errors").waitFor();
    expect(await page.locator('[data-error-row="2"]').textContent()).toContain("Deze waarde kan niet negatief zijn.");
    expect(await page.getByRole("button", { name: /indienen/ }).isDisabled()).toBe(true);
    expect(await journey.database.db.measurementVersion.count()).toBe(before);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "import-errors.png"), fullPage: true });

    writeFileSync(file, 'kpi,series,period,value\nKPI-WZG,total,2031,"78,0"\nKPI-NWWZ,total,2031,180000\n');
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
    await page.goto(`${journey.baseUrl}/entry?plan=IAB&period=2032`);
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
  it.each(["/login", "/due", "/entry?period=2024", "/kpis/KPI-WZG/entry?period=2024", "/import", "/review"])(
    "%s has no serious or critical violation",
    async (path) => {
      const page = await journey.newPage();
      await signInAs(page, journey.baseUrl, "admin@demo.boordtabel.be", DEMO_PASSWORD);
      await page.goto(`${journey.baseUrl}${path}`);
      await page.locator("h1").waitFor();
      await page.waitForLoadState("networkidle");
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    },
  );
});
