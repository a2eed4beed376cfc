import { describe, expect, it } from "vitest";
import { findContradictions, isLate, rollUpCommitments, rollUpStatuses } from "./rollup.js";

describe("rollUpStatuses", () => {
  it("counts per status, averages the scores and names the worst status", () => {
    const r = rollUpStatuses([
      { status: "ON_TRACK" },
      { status: "OFF_TRACK" },
      { status: "ACHIEVED", score: 5 },
      { status: "NO_DATA" },
    ]);
    expect(r.counts).toMatchObject({ ON_TRACK: 1, OFF_TRACK: 1, ACHIEVED: 1, NO_DATA: 1, AT_RISK: 0 });
    expect(r.meanScore).toBeCloseTo((3.75 - 2.5 + 5) / 3, 10);
    expect(r.worst).toBe("OFF_TRACK");
    expect(r.total).toBe(4);
  });

  it("has no worst status or score when nothing was assessed", () => {
    const r = rollUpStatuses([{ status: "NO_TARGET" }]);
    expect(r.worst).toBeUndefined();
    expect(r.meanScore).toBeUndefined();
  });
});

describe("commitments", () => {
  const today = "2026-11-22";
  it("are late when the deadline passed and they are neither done nor dropped", () => {
    expect(isLate({ code: "a", status: "IN_PROGRESS", deadline: "2026-01-01" }, today)).toBe(true);
    expect(isLate({ code: "b", status: "DONE", deadline: "2026-01-01" }, today)).toBe(false);
    expect(isLate({ code: "c", status: "DROPPED", deadline: "2026-01-01" }, today)).toBe(false);
    expect(isLate({ code: "d", status: "NOT_STARTED", deadline: null }, today)).toBe(false);
    expect(isLate({ code: "e", status: "NOT_STARTED", deadline: "2027-01-01" }, today)).toBe(false);
  });

  it("roll up per status with the number late", () => {
    const r = rollUpCommitments(
      [
        { code: "a", status: "IN_PROGRESS", deadline: "2026-01-01" },
        { code: "b", status: "DONE" },
        { code: "c", status: "IN_PROGRESS" },
      ],
      today,
    );
    expect(r).toEqual({
      total: 3,
      reported: 3,
      late: 1,
      pastDeadlineUnknown: 0,
      counts: { UNKNOWN: 0, NOT_STARTED: 0, IN_PROGRESS: 2, DONE: 1, DELAYED: 0, DROPPED: 0 },
    });
  });

  it("count an unreported commitment as unknown: neither late nor not started, and no contradiction", () => {
    const unknown = { code: "u", status: "UNKNOWN" as const, deadline: "2020-12-31" };
    expect(isLate(unknown, today)).toBe(false);
    const r = rollUpCommitments([unknown, { code: "a", status: "IN_PROGRESS", deadline: "2026-01-01" }], today);
    expect(r).toMatchObject({ total: 2, reported: 1, late: 1, pastDeadlineUnknown: 1 });
    expect(r.counts.UNKNOWN).toBe(1);
    expect(r.counts.NOT_STARTED).toBe(0);
    const off = new Map([["K", "OFF_TRACK" as const]]);
    expect(findContradictions([unknown], off, [{ commitment: "u", kpi: "K" }], today)).toEqual([]);
  });

  it("flag contradictions with their KPIs, both ways", () => {
    const commitments = [
      { code: "C1", status: "IN_PROGRESS" as const },
      { code: "C2", status: "IN_PROGRESS" as const, deadline: "2025-06-30" },
      { code: "C3", status: "DELAYED" as const },
      { code: "C4", status: "NOT_STARTED" as const },
    ];
    const kpis = new Map([
      ["K-OFF", "OFF_TRACK" as const],
      ["K-ON", "ON_TRACK" as const],
    ]);
    const links = [
      { commitment: "C1", kpi: "K-OFF" },
      { commitment: "C2", kpi: "K-ON" },
      { commitment: "C3", kpi: "K-ON" },
      { commitment: "C4", kpi: "K-OFF" },
      { commitment: "C1", kpi: "K-ON" },
    ];
    expect(findContradictions(commitments, kpis, links, "2026-11-22")).toEqual([
      { kind: "commitment_on_track_kpi_off_track", commitment: "C1", kpi: "K-OFF" },
      { kind: "kpi_on_track_commitment_late", commitment: "C2", kpi: "K-ON" },
      { kind: "kpi_on_track_commitment_late", commitment: "C3", kpi: "K-ON" },
    ]);
  });
});
