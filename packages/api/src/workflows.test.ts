import { describe, expect, it } from "vitest";
import { useDemoCallers } from "./testing/actors.js";

const demo = useDemoCallers();
const as = demo.as;

describe("target revisions", () => {
  it("replace the path in force, keep the old revision and change the status the engine gives", async () => {
    const before = await as(null).kpi.detail({ code: "KPI-WZG" });
    expect(before.targetPath?.revision).toBe(2);
    await expect(
      as("editor").target.revise({
        kpi: "KPI-WZG",
        series: "total",
        targets: [{ period: "2030", value: 80, source: "x", kind: "target" }],
        interpolation: "linear",
        justification: " ",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const revised = await as("editor").target.revise({
      kpi: "KPI-WZG",
      series: "total",
      baseline: { period: "2018", value: 74.6 },
      targets: [{ period: "2030", value: 80, source: "Regeerakkoord 2019-2024", kind: "target" }],
      interpolation: "linear",
      justification: "Tussentijdse mijlpalen geschrapt: enkel het doel voor 2030 geldt.",
    });
    expect(revised.revision).toBe(3);
    const after = await as(null).kpi.detail({ code: "KPI-WZG" });
    expect(after.targetHistory.map((t) => [t.revision, t.supersededAt === null])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
    // 2023 = 76,8 on the straight path from 74,6 (2018) to 80 (2030), planned 76,85: ratio 2,2 / 2,25
    expect(after.assessment.status).toBe("ON_TRACK");
    expect(after.assessment.ratio).toBeCloseTo(2.2 / 2.25, 6);
  });

  it("refuse two targets for the same period", async () => {
    await expect(
      as("editor").target.revise({
        kpi: "KPI-WZG",
        series: "total",
        targets: [
          { period: "2030", value: 80, source: "a", kind: "target" },
          { period: "2030", value: 81, source: "b", kind: "target" },
        ],
        interpolation: "linear",
        justification: "dubbel",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Er zijn twee doelen voor periode 2030." });
  });
});

describe("commitments", () => {
  it("take dated status updates with progress, keep the history and filter by status and organisation", async () => {
    await as("editor").commitment.updateStatus({
      code: "IAB-C008",
      date: "2026-03-01",
      status: "in_progress",
      progress: 20,
      note: "gestart",
    });
    await as("editor").commitment.updateStatus({
      code: "IAB-C008",
      date: "2026-09-01",
      status: "delayed",
      progress: 35,
      note: "vertraging",
    });
    expect(
      (await as(null).commitment.history({ code: "IAB-C008" })).map((h) => [h.date, h.status, h.progress]),
    ).toEqual([
      ["2026-09-01", "delayed", 35],
      ["2026-03-01", "in_progress", 20],
    ]);
    const underP1 = await as(null).commitment.list({ node: "IAB-P1" });
    const { rows } = await demo.database.sql<{ n: string }>(
      `WITH RECURSIVE tree AS (SELECT id FROM plan_node WHERE code = 'IAB-P1' UNION ALL SELECT n.id FROM plan_node n JOIN tree t ON n.parent_id = t.id)
       SELECT count(*) AS n FROM commitment WHERE node_id IN (SELECT id FROM tree)`,
    );
    expect(underP1).toHaveLength(Number(rows[0]!.n));
    await expect(as(null).commitment.list({ node: "IAB-NOPE" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const delayed = await as(null).commitment.list({ plan: "IAB", status: "delayed" });
    expect(delayed.map((c) => c.code)).toEqual(["IAB-C008"]);
    const vdab = await as(null).commitment.list({ organisation: "VDAB" });
    expect(vdab.length).toBeGreaterThanOrEqual(25);
    expect(vdab.every((c) => c.actors.some((a) => a.organisation === "VDAB"))).toBe(true);
    await expect(
      as("editor").commitment.updateStatus({ code: "IAB-C008", date: "2026-09-01", status: "done", progress: 150 }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("review", () => {
  it("a reservation waits in the queue until it is resolved, with the submitted values", async () => {
    const note = await as("reviewer").review.create({
      kpi: "KPI-WZG",
      period: "2022",
      kind: "reservation",
      body: "Voorlopig cijfer: wacht op het definitieve jaarcijfer.",
    });
    await as("editor").measurement.record({
      kpi: "KPI-WZG",
      series: "total",
      period: "2024",
      value: 77.1,
      workflow: "submitted",
      source: "Statbel",
    });
    const queue = await as("reviewer").review.queue();
    expect(queue.reservations.map((r) => r.id)).toContain(note.id);
    expect(queue.submitted).toEqual([
      expect.objectContaining({ kpi: "KPI-WZG", period: "2024", version: 1, value: 77.1 }),
    ]);
    await as("reviewer").review.resolve({ id: note.id, resolution: "Definitief cijfer 2022 bevestigd." });
    await expect(as("reviewer").review.resolve({ id: note.id, resolution: "nog eens" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await as("reviewer").review.queue()).reservations.map((r) => r.id)).not.toContain(note.id);
    const detail = await as(null).kpi.detail({ code: "KPI-WZG" });
    expect(detail.reviewNotes.find((n) => n.id === note.id)).toMatchObject({
      kind: "reservation",
      state: "resolved",
      period: "2022",
    });
  });
});

describe("withdrawing a value", () => {
  it("hides it from readers and keeps it in the history", async () => {
    const key = { kpi: "KPI-NWWZ", series: "total", period: "2018" };
    await as("reviewer").measurement.withdraw({ ...key, expectedVersion: 1, reason: "dubbel geteld" });
    const detail = await as(null).kpi.detail({ code: "KPI-NWWZ" });
    expect(detail.chart.points.map((o) => o.period)).not.toContain("2018");
    expect((await as(null).measurement.history(key)).map((v) => [v.version, v.withdrawn])).toEqual([
      [2, true],
      [1, false],
    ]);
  });

  it("an editor's withdrawal waits for a reviewer, who publishes it though it has no value and so no source", async () => {
    const key = { kpi: "KPI-NWWZ", series: "total", period: "2005" };
    await as("editor").measurement.withdraw({ ...key, expectedVersion: 1, reason: "dubbel geteld" });
    expect((await as(null).kpi.detail({ code: "KPI-NWWZ" })).chart.points.map((o) => o.period)).toContain("2005");
    await expect(as("reviewer").measurement.validate({ ...key, expectedVersion: 2 })).resolves.toMatchObject({
      withdrawn: true,
      workflow: "validated",
    });
    expect((await as(null).kpi.detail({ code: "KPI-NWWZ" })).chart.points.map((o) => o.period)).not.toContain("2005");
  });
});

describe("due list", () => {
  it("lists the KPIs whose expected period has no value, per editor", async () => {
    const due = await as("editor").due.list({ plan: "IAB" });
    const wzg = due.find((d) => d.kpi === "KPI-WZG");
    expect(wzg).toMatchObject({ frequency: "year", lastPeriod: "2024" });
    expect(["2024", "2025", "2026"]).toContain(wzg!.expected);
    // KPIs whose unit the source leaves unstated are not offered for entry.
    const unspecified = await demo.database.db.kpi.findMany({ where: { unit: "UNSPECIFIED" }, select: { code: true } });
    expect(unspecified.length).toBeGreaterThan(0);
    expect(due.filter((d) => unspecified.some((k) => k.code === d.kpi))).toEqual([]);
    await as("editor").measurement.record({ kpi: "KPI-WZG", series: "total", period: wzg!.expected, value: 77.5 });
    expect((await as("editor").due.list({ plan: "IAB" })).map((d) => d.kpi)).not.toContain("KPI-WZG");
  });
});

describe("audit history", () => {
  it("tells who changed a value, when and why", async () => {
    const history = await as("editor").audit.history({ entityType: "measurement", entityId: "KPI-NWWZ/total/2018" });
    expect(history).toEqual([
      expect.objectContaining({
        action: "measurement.withdraw",
        actorLabel: "reviewer@demo.boordtabel.be",
        reason: "dubbel geteld",
      }),
    ]);
  });
});
