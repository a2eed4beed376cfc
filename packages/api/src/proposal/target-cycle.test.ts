// The VDAB target cycle through the API: proposal, positions, decision, corrective action.
import { describe, expect, it } from "vitest";
import { useDemoCallers } from "../testing/actors.js";

const demo = useDemoCallers();
const as = demo.as;
const KPI = "KPI-ASIEL-SCREEN"; // stewarded by VDAB; months, lower is better

async function reviewerOf(email: string, organisation: string) {
  const { id } = await as("admin").user.create({
    email,
    name: email,
    password: "reviewer-password-1",
    role: "REVIEWER",
  });
  await as("admin").organisation.assignUser({ userId: id, organisation });
  const user = await demo.database.db.user.findUniqueOrThrow({ where: { id } });
  const { callerFor } = await import("../testing/actors.js");
  return callerFor(demo.database.db, { ...user, via: "session", label: user.email });
}

const propose = () =>
  as("editor").proposal.create({
    kpi: KPI,
    series: "total",
    baseline: { period: "2024", value: 6 },
    targets: [{ period: "2027", value: 3, kind: "target" }],
    interpolation: "linear",
    justification: "Snellere screening na een asielaanvraag",
    capacityAssumption: "20 extra consulenten",
    budgetAssumption: "1,2 miljoen euro",
  });

describe("the target cycle", () => {
  it("a proposal is seen by reviewers, not by the public, and changes no target or status", async () => {
    const before = await as(null).kpi.detail({ code: KPI });
    const proposal = await propose();
    expect(proposal).toMatchObject({ state: "open", capacityAssumption: "20 extra consulenten", decision: null });
    expect(await as(null).proposal.forKpi({ code: KPI })).toEqual([]);
    expect((await as("reviewer").proposal.forKpi({ code: KPI })).map((p) => p.id)).toContain(proposal.id);
    const after = await as(null).kpi.detail({ code: KPI });
    expect(after.targetPath).toEqual(before.targetPath);
    const told = await demo.database.db.notification.findMany({
      where: { kind: "proposalAwaitingPosition", link: `/voorstellen/${proposal.id}` },
      select: { userId: true, params: true },
    });
    expect(told).toEqual([
      { userId: demo.actors.reviewer.id, params: expect.objectContaining({ kpiCode: KPI }) as unknown },
    ]);
    expect(after.assessment.status).toBe(before.assessment.status);
  });

  it("keeps one current position per organisation, with the earlier one kept, and sums them up", async () => {
    const { id } = await propose();
    const employers = await reviewerOf("werkgevers@example.be", "WERKGEVERS");
    const unions = await reviewerOf("vakbonden@example.be", "VAKBONDEN");
    await employers.proposal.position({ id, stance: "disagree", body: "Te weinig ambitieus" });
    await employers.proposal.position({ id, stance: "agree" });
    const view = await unions.proposal.position({ id, stance: "agreeWithReservation", body: "Mits extra middelen" });
    expect(view.summary).toEqual({ agree: 1, agreeWithReservation: 1, disagree: 0 });
    expect(view.positions.map((p) => [p.organisation.code, p.stance, p.body])).toEqual([
      ["WERKGEVERS", "agree", null],
      ["VAKBONDEN", "agreeWithReservation", "Mits extra middelen"],
    ]);
    expect(view.earlierPositions).toMatchObject([{ organisation: { code: "WERKGEVERS" }, stance: "disagree" }]);
  });

  it("refuses a reservation without its text and a reviewer without an organisation", async () => {
    const { id } = await propose();
    const unions = await reviewerOf("vakbonden2@example.be", "VAKBONDEN");
    await expect(unions.proposal.position({ id, stance: "agreeWithReservation" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(as("reviewer").proposal.position({ id, stance: "agree" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("adoption makes the path the one in force from the decision date; the day before shows the old one", async () => {
    const { id } = await propose();
    const decided = await as("admin").proposal.decide({
      id,
      outcome: "adopted",
      decisionDate: "2026-03-12",
      reference: "Raad van Bestuur VDAB, 12 maart 2026",
    });
    expect(decided.decision).toMatchObject({ outcome: "adopted", date: "2026-03-12" });
    const now = await as(null).kpi.detail({ code: KPI });
    expect(now.targetPath?.targets).toMatchObject([
      { period: "2027", value: 3, source: "Raad van Bestuur VDAB, 12 maart 2026" },
    ]);
    expect(decided.decision?.targetRevision).toBe(now.targetPath?.revision);
    const before = await as(null).kpi.detail({ code: KPI, asOf: "2026-03-11" });
    expect(before.targetPath).toBeNull();
    const onTheDay = await as(null).kpi.detail({ code: KPI, asOf: "2026-03-12" });
    expect(onTheDay.targetPath?.revision).toBe(now.targetPath?.revision);
    expect((await as(null).proposal.forKpi({ code: KPI })).map((p) => p.id)).toEqual([id]);
    await expect(
      as("admin").proposal.decide({ id, outcome: "rejected", decisionDate: "2026-03-12", reference: "x" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a series that turns OFF_TRACK needs a corrective action until the steward records one", async () => {
    await as("admin").measurement.record({
      kpi: KPI,
      series: "total",
      period: "2025",
      value: 9,
      comment: "test",
      workflow: "validated",
      source: "VDAB",
    });
    const due = await demo.database.db.notification.findMany({
      where: { kind: "correctiveActionDue" },
      select: { userId: true, link: true },
    });
    expect(due).toEqual([{ userId: demo.actors.editor.id, link: "/bijsturing" }]);
    const needed = await as("reviewer").correctiveAction.needed({ organisation: "VDAB" });
    expect(needed).toMatchObject([{ kpi: { code: KPI }, series: { key: "total" }, status: "OFF_TRACK" }]);
    const action = await as("editor").correctiveAction.open({
      kpi: KPI,
      series: "total",
      what: "Extra screeningsmomenten in de opvangcentra",
      who: "VDAB",
      dueDate: "2027-06-30",
      expectedEffect: "Termijn terug naar 5 maanden in 2026",
    });
    expect(action).toMatchObject({ statusAtOpen: "OFF_TRACK", closedAt: null });
    expect(await as("reviewer").correctiveAction.needed({ organisation: "VDAB" })).toEqual([]);
    await as("reviewer").correctiveAction.comment({ id: action.id, body: "Graag een tussentijdse stand" });
    const listed = await as(null).correctiveAction.list({ kpi: KPI });
    expect(listed).toMatchObject([
      { id: action.id, comments: [{ body: "Graag een tussentijdse stand", author: null }] },
    ]);
    await as("editor").correctiveAction.close({ id: action.id, outcome: "Termijn gedaald" });
    expect(await as(null).correctiveAction.list({ kpi: KPI })).toEqual([]);
  });

  it('puts an AT_RISK series on "Bijsturing nodig" while its KPI\'s rule is on, and takes it off when it is off', async () => {
    // Adopted path 6 (2024) → 3 (2027) plans 4 for 2026; 4.4 is 80 % of the planned progress.
    const { id } = await propose();
    await as("admin").proposal.decide({ id, outcome: "adopted", decisionDate: "2026-03-12", reference: "RvB VDAB" });
    await as("admin").measurement.record({
      kpi: KPI,
      series: "total",
      period: "2026",
      value: 4.4,
      comment: "test",
      workflow: "validated",
      source: "VDAB",
    });
    expect((await as(null).kpi.detail({ code: KPI })).assessment.status).toBe("AT_RISK");
    const code = KPI;
    const listedFor = async () =>
      (await as("editor").correctiveAction.needed({})).filter((row) => row.kpi.code === code);
    await as("admin").correctiveAction.setRule({ kpi: code, atRiskNeedsAction: false });
    expect(await listedFor()).toEqual([]);
    await as("admin").correctiveAction.setRule({ kpi: code, atRiskNeedsAction: true });
    expect(await listedFor()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ status: "AT_RISK", series: expect.objectContaining({ key: "total" }) }),
      ]),
    );
    await as("admin").correctiveAction.setRule({ kpi: code, atRiskNeedsAction: false });
    expect((await listedFor()).filter((row) => row.status === "AT_RISK")).toEqual([]);
  });

  it("shows the organisation's KPIs, open proposals and commitments on its page", async () => {
    const view = await as("reviewer").organisation.view({ code: "VDAB" });
    expect(view.kpis.map((k) => k.code)).toEqual(
      expect.arrayContaining(["KPI-WPL", "KPI-VDAB-INSTROOM", "KPI-OCMW", "KPI-INTERREG", "KPI-VDAB-MATCH", KPI]),
    );
    expect(view.openProposals.length).toBeGreaterThan(0);
    expect(view.commitments.length).toBeGreaterThan(0);
    expect((await as(null).organisation.view({ code: "VDAB" })).openProposals).toEqual([]);
  });
});
