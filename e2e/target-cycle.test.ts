// The VDAB target cycle in the browser: an editor proposes, two social partners take positions,
// the public does not see it, the board adopts it, the KPI page shows the new path with its
// decision (and the old one "as known on" the day before), then the series goes off track and
// the corrective action is recorded, followed up and shown in the presentation.
import { DEMO_PASSWORD } from "@boordtabel/api";
import { callerFor, demoActors } from "@boordtabel/api/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { openJourney, signInAs, type Journey } from "./browser.js";

let journey: Journey;
const KPI = "KPI-ASIEL-SCREEN"; // stewarded by VDAB (the plan names it); months, lower is better
const REFERENCE = "Raad van Bestuur VDAB, 12 maart 2026";
const PASSWORD = "social-partner-password-1";

beforeAll(async () => {
  journey = await openJourney();
  const actors = await demoActors(journey.database.db);
  const admin = callerFor(journey.database.db, actors.admin);
  for (const [email, organisation] of [
    ["werkgevers@example.be", "WERKGEVERS"],
    ["vakbonden@example.be", "VAKBONDEN"],
  ] as const) {
    const { id } = await admin.user.create({ email, name: organisation, password: PASSWORD, role: "REVIEWER" });
    await admin.organisation.assignUser({ userId: id, organisation });
  }
  // The path in force before the proposal: 4 months by 2027, public since June 2025.
  await admin.target.revise({
    kpi: KPI,
    series: "total",
    baseline: { period: "2024", value: 6 },
    targets: [{ period: "2027", value: 4, kind: "target", source: "VDAB-ondernemingsplan" }],
    interpolation: "linear",
    justification: "Eerder doel",
  });
  await journey.database.db.targetPath.updateMany({
    where: { series: { kpi: { code: KPI } } },
    data: { knownSince: new Date("2025-06-01T00:00:00Z") },
  });
}, 120_000);
afterAll(() => journey?.close());

async function signedIn(email: string, password = PASSWORD): Promise<Page> {
  const page = await journey.newPage();
  await signInAs(page, journey.baseUrl, email, password);
  return page;
}

const targetCell = (page: Page, period: string) =>
  page.locator(`tr[data-period="${period}"] td[data-label="Doel"]`).first();

async function expectAxeClean(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

describe("the target cycle", () => {
  it("runs from proposal through positions and adoption to corrective action in the presentation", async () => {
    const { baseUrl } = journey;

    // The editor (VDAB's steward) proposes 3 months by 2027.
    const editor = await signedIn("editor@demo.boordtabel.be", DEMO_PASSWORD);
    await editor.goto(`${baseUrl}/kpis/${KPI}/voorstel`);
    await editor.getByLabel("Basisperiode").fill("2024");
    await editor.getByLabel("Basiswaarde").fill("6");
    await editor.getByLabel("Periode", { exact: true }).fill("2027");
    await editor.getByLabel("Waarde", { exact: true }).fill("3");
    await editor.getByLabel("Verantwoording").fill("Snellere competentiescreening na een asielaanvraag");
    await editor.getByLabel("Veronderstelde capaciteit").fill("20 extra consulenten");
    await editor.getByLabel("Veronderstelde middelen").fill("1,2 miljoen euro");
    await expectAxeClean(editor);
    await editor.getByRole("button", { name: "Voorstel indienen" }).click();
    await editor.waitForURL(/\/voorstellen\/\d+$/);
    const proposalUrl = editor.url();

    // Two organisations take their position, one with a reservation.
    const employers = await signedIn("werkgevers@example.be");
    await employers.goto(proposalUrl);
    await employers.getByLabel("Akkoord", { exact: true }).check();
    await employers.getByRole("button", { name: "Standpunt opslaan" }).click();
    await employers.getByText("Standpunt opgeslagen.").waitFor();
    const unions = await signedIn("vakbonden@example.be");
    await unions.goto(proposalUrl);
    await unions.getByLabel("Akkoord met voorbehoud").check();
    await unions.getByLabel("Voorbehoud of motivering").fill("Mits extra middelen voor de opvangcentra");
    await unions.getByRole("button", { name: "Standpunt opslaan" }).click();
    await unions.getByText("Standpunt opgeslagen.").waitFor();
    await unions.locator('[data-position="VAKBONDEN"][data-stance="agreeWithReservation"]').waitFor();
    expect(await unions.getByTestId("position-summary").textContent()).toBe(
      "1 akkoord, 1 akkoord met voorbehoud, 0 niet akkoord",
    );
    await expectAxeClean(unions);

    // The public KPI page does not show the open proposal, and still the old target.
    const visitor = await journey.newPage();
    await visitor.goto(`${baseUrl}/kpis/${KPI}`);
    await targetCell(visitor, "2027").waitFor();
    // A reader who cannot propose sees no target-cycle section while nothing is decided.
    expect(await visitor.getByRole("heading", { name: "Doelencyclus" }).count()).toBe(0);
    expect(await visitor.locator("[data-proposal]").count()).toBe(0);
    expect(await targetCell(visitor, "2027").textContent()).toContain("4");

    // The board adopts it.
    const admin = await signedIn("admin@demo.boordtabel.be", DEMO_PASSWORD);
    await admin.goto(proposalUrl);
    await admin.getByLabel("Aangenomen", { exact: true }).check();
    await admin.getByLabel("Datum van de beslissing").fill("12/03/2026");
    await admin.getByLabel("Referentie").fill(REFERENCE);
    await expectAxeClean(admin);
    await admin.getByRole("button", { name: "Beslissing vastleggen" }).click();
    await admin.getByText("Beslissing vastgelegd.").waitFor();

    // The KPI page shows the new path with its decision; the day before, the old one.
    await visitor.goto(`${baseUrl}/kpis/${KPI}`);
    const adopted = visitor.locator('[data-proposal][data-state="adopted"]');
    await adopted.waitFor();
    expect(await adopted.locator('[data-decision="adopted"]').textContent()).toContain(
      `Aangenomen op 12/03/2026 (${REFERENCE})`,
    );
    expect(await targetCell(visitor, "2027").textContent()).toContain("3");
    expect(await adopted.locator('[data-position="VAKBONDEN"]').textContent()).toContain("Mits extra middelen");
    await expectAxeClean(visitor);
    await visitor.goto(`${baseUrl}/kpis/${KPI}?asOf=2026-03-11`);
    await visitor.getByText("Zoals gekend op 11/03/2026", { exact: false }).first().waitFor();
    expect(await targetCell(visitor, "2027").textContent()).toContain("4");

    // A value puts the series off track: it appears on "Bijsturing nodig".
    const actors = await demoActors(journey.database.db);
    await callerFor(journey.database.db, actors.admin).measurement.record({
      kpi: KPI,
      series: "total",
      period: "2025",
      value: 9,
      comment: "Jaarverslag",
      workflow: "validated",
      source: "VDAB",
    });
    await editor.goto(`${baseUrl}/bijsturing`);
    const row = editor.locator(`[data-needed="${KPI}"]`);
    await row.waitFor();
    expect(await row.locator("[data-status]").getAttribute("data-status")).toBe("OFF_TRACK");
    await row.getByRole("button", { name: "Bijsturing vastleggen" }).click();
    await editor.getByLabel("Wat (extra inspanning)").fill("Extra screeningsmomenten in de opvangcentra");
    await editor.getByLabel("Wie").fill("VDAB");
    await editor.getByLabel("Tegen wanneer").fill("30/06/2027");
    await editor.getByLabel("Verwacht effect op de indicator").fill("Termijn terug naar 5 maanden in 2026");
    await expectAxeClean(editor);
    await editor.getByRole("button", { name: "Bijsturing vastleggen" }).last().click();
    await editor.locator("[data-action]").first().waitFor();
    expect(await editor.locator(`[data-needed="${KPI}"]`).count()).toBe(0);

    // A reviewer follows it up.
    await unions.goto(`${baseUrl}/bijsturing`);
    const action = unions.locator("[data-action]").first();
    await action.getByLabel("Opvolging door de sociale partners").fill("Graag een tussentijdse stand in juni");
    await action.getByRole("button", { name: "Opvolging toevoegen" }).click();
    await unions.locator("[data-comment]").first().waitFor();
    expect(await unions.locator("[data-comment]").first().textContent()).toContain("Graag een tussentijdse stand");
    await expectAxeClean(unions);

    // It shows in the presentation.
    await visitor.goto(`${baseUrl}/present/IAB`);
    await visitor.locator("[data-slide]").first().waitFor();
    await visitor.keyboard.press("End");
    await visitor.keyboard.press("ArrowLeft");
    const slide = visitor.locator('[data-slide="corrective-actions"]');
    await slide.waitFor();
    expect(await slide.textContent()).toContain("Extra screeningsmomenten in de opvangcentra");
    await expectAxeClean(visitor);
  }, 240_000);

  it("links the steward on the KPI page and the organisations on the commitment sheet to their page, keeping the language", async () => {
    const { baseUrl } = journey;
    const visitor = await journey.newPage();
    await visitor.goto(`${baseUrl}/kpis/${KPI}?lang=en`);
    await visitor.getByRole("link", { name: "VDAB (Flemish Public Employment Service)" }).click();
    await visitor.waitForURL(/\/organisaties\/VDAB\?lang=en$/);
    await visitor.locator(`a[href*="/kpis/${KPI}"]`).first().waitFor();

    await visitor.goto(`${baseUrl}/commitments/IAB-C027`);
    await visitor.getByRole("link", { name: "Fedasil" }).click();
    await visitor.waitForURL(/\/organisaties\/FEDASIL$/);
    await visitor.goto(`${baseUrl}/commitments/IAB-C027`);
    await visitor.getByRole("link", { name: "VDAB", exact: true }).click();
    await visitor.waitForURL(/\/organisaties\/VDAB$/);
    await visitor.locator("h1").filter({ hasText: "VDAB" }).waitFor();
  }, 120_000);
});
