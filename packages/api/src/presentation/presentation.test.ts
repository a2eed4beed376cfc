import { describe, expect, it } from "vitest";
import { createTestDatabase } from "@boordtabel/db/testing";
import { callerFor, useDemoCallers } from "../testing/actors.js";

const demo = useDemoCallers();

describe("presentation.deck", () => {
  it("gives every DIGI domain its building blocks and says how many were reported", async () => {
    await demo.as("editor").commitment.updateStatus({ code: "DIGI-B01", date: "2026-10-15", status: "in_progress" });
    const deck = await demo.as(null).presentation.deck({ code: "DIGI" });
    const withCommitments = deck.domains.filter((d) => d.commitments.length > 0);
    expect(withCommitments).toHaveLength(7);
    expect(withCommitments.reduce((sum, d) => sum + d.commitments.length, 0)).toBe(50);
    const first = deck.domains.find((d) => d.node === "DIGI-3.1")!;
    expect(first.rollup.reported).toBe(1);
    expect(first.rollup.total).toBe(9);
    expect(first.commitments.find((c) => c.code === "DIGI-B01")).toMatchObject({
      status: "in_progress",
      lastUpdate: "2026-10-15",
    });
  });

  it("shows the changes since a date and, frozen at a date, the status reported by then", async () => {
    await demo.as("editor").commitment.updateStatus({ code: "DIGI-B10", date: "2026-03-01", status: "not_started" });
    await demo.as("editor").commitment.updateStatus({ code: "DIGI-B10", date: "2026-09-01", status: "in_progress" });
    const since = await demo.as(null).presentation.deck({ code: "DIGI", since: "2026-06-01" });
    const changed = since.domains.flatMap((d) => d.commitments).find((c) => c.code === "DIGI-B10")!;
    expect(changed.changes).toEqual([
      { date: "2026-09-01", status: "in_progress", previous: "not_started", progress: null },
    ]);

    const frozen = await demo.as(null).presentation.deck({ code: "DIGI", asOf: "2026-04-01" });
    const then = frozen.domains.flatMap((d) => d.commitments).find((c) => c.code === "DIGI-B10")!;
    expect(then.status).toBe("not_started");
    expect(then.changes.map((c) => c.date)).toEqual(["2026-03-01"]);
    const before = await demo.as(null).presentation.deck({ code: "DIGI", asOf: "2026-01-01" });
    expect(before.domains.flatMap((d) => d.commitments).find((c) => c.code === "DIGI-B10")!.status).toBe("unknown");
  });

  it("lists the reservations open on the as-of date, not comments nor resolved ones", async () => {
    const reviewer = demo.as("reviewer");
    const open = await reviewer.review.create({ kpi: "KPI-WZG", kind: "reservation", body: "Cijfer 2023 betwist" });
    await reviewer.review.create({ kpi: "KPI-WZG", kind: "comment", body: "Een opmerking" });
    const resolved = await reviewer.review.create({ kpi: "KPI-LLL", kind: "reservation", body: "Opgelost" });
    await reviewer.review.resolve({ id: resolved.id, resolution: "Verduidelijkt" });
    const deck = await demo.as(null).presentation.deck({ code: "IAB" });
    expect(deck.reservations.map((r) => r.body)).toEqual(["Cijfer 2023 betwist"]);
    expect(deck.reservations[0]).toMatchObject({ id: open.id, kpi: { code: "KPI-WZG" } });
    const earlier = await demo.as(null).presentation.deck({ code: "IAB", asOf: "2020-01-01" });
    expect(earlier.reservations).toEqual([]);
  });

  it("answers NOT_FOUND for an unknown plan", async () => {
    await expect(demo.as(null).presentation.deck({ code: "NOPE" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("presentation.deck reads", () => {
  it("uses the same number of SQL statements however many commitments and status updates a plan has", async () => {
    const statements: string[] = [];
    const database = await createTestDatabase({ db: { onQuery: (sql) => statements.push(sql) } });
    try {
      const caller = callerFor(database.db, null);
      const count = async () => {
        statements.length = 0;
        await caller.presentation.deck({ code: "DIGI", since: "2026-01-01" });
        return statements.filter((s) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(s)).length;
      };
      const before = await count();
      await database.sql(`
        INSERT INTO commitment (plan_id, node_id, code, title_nl, title_en, kind, updated_at)
        SELECT p.id, n.id, 'DIGI-X' || g, 'Extra ' || g, 'Extra ' || g, 'DEMAND', now()
          FROM plan p JOIN plan_node n ON n.plan_id = p.id AND n.code = 'DIGI-3.2', generate_series(1, 30) g
         WHERE p.code = 'DIGI'`);
      await database.sql(`
        INSERT INTO commitment_status_update (commitment_id, date, status)
        SELECT c.id, DATE '2026-02-01' + g, 'IN_PROGRESS'
          FROM commitment c, generate_series(1, 3) g WHERE c.code LIKE 'DIGI-X%'`);
      expect(await count()).toBe(before);
    } finally {
      await database.drop();
    }
  });
});
