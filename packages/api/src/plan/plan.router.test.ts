import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { appRouter } from "../root.js";
import { createCallerFactory } from "../trpc.js";
import { addYearlyKpis } from "../testing/grow-plan.js";

const statements: string[] = [];
// A signed-in reader: anonymous reads also look up whether reading is public (one query more).
const viewer = {
  id: "u1",
  email: "viewer@example.be",
  name: "Viewer",
  role: "VIEWER" as const,
  via: "session" as const,
  label: "viewer@example.be",
};
let database: TestDatabase;
const createCaller = createCallerFactory(appRouter);
const caller = (locale: "nl" | "en" = "nl") =>
  createCaller({ db: database.db, locale, requestId: "test", actor: viewer });

beforeAll(async () => {
  database = await createTestDatabase({ db: { onQuery: (sql) => statements.push(sql) } });
});
afterAll(() => database.drop());
beforeEach(() => {
  statements.length = 0;
});

const queriesFor = async (db: TestDatabase, code: string): Promise<number> => {
  statements.length = 0;
  await createCaller({ db: db.db, locale: "nl", requestId: "test", actor: viewer }).plan.detail({ code });
  return statements.filter((s) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(s)).length;
};

describe("plan.detail", () => {
  it("uses the same number of SQL statements however large the plan grows", async () => {
    const growing = await createTestDatabase({ db: { onQuery: (sql) => statements.push(sql) } });
    try {
      await growPlan(growing);
    } finally {
      await growing.drop();
    }
  });

  async function growPlan(database: TestDatabase): Promise<void> {
    const caller = createCaller({ db: database.db, locale: "nl", requestId: "test", actor: viewer });
    const count = async (run: () => Promise<unknown>) => {
      statements.length = 0;
      await run();
      return statements.filter((s) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(s)).length;
    };
    const overviewBefore = await count(() => caller.plan.overview({ code: "IAB" }));
    const kpiBefore = await count(() => caller.kpi.detail({ code: "KPI-WZG" }));
    const before = await queriesFor(database, "IAB");
    await database.sql(`
      INSERT INTO commitment (plan_id, node_id, code, title_nl, title_en, kind, updated_at)
      SELECT p.id, n.id, 'IAB-X' || g, 'Extra ' || g, 'Extra ' || g, 'DEMAND', now()
        FROM plan p JOIN plan_node n ON n.plan_id = p.id AND n.code = 'IAB-2.1', generate_series(1, 40) g
       WHERE p.code = 'IAB'`);
    await addYearlyKpis(database, "IAB", 30);
    await database.sql(`
      INSERT INTO commitment_kpi (commitment_id, kpi_id)
      SELECT c.id, k.id FROM commitment c JOIN kpi k ON substr(k.code, 6) = substr(c.code, 6) WHERE c.code LIKE 'IAB-X%'`);
    // and a long history for the employment rate
    await database.sql(`
      WITH s AS (SELECT s.id FROM series s JOIN kpi k ON k.id = s.kpi_id WHERE k.code = 'KPI-WZG' AND s.key = 'total'),
           m AS (INSERT INTO measurement (series_id, period, period_start, period_end, current_version)
                 SELECT s.id, y::text, make_date(y, 1, 1), make_date(y, 12, 31), 1 FROM s, generate_series(1900, 1990) y RETURNING id)
      INSERT INTO measurement_version (measurement_id, version, value, workflow, submitted_at, validated_at)
      SELECT id, 1, 60, 'VALIDATED', now(), now() FROM m`);
    await database.sql(
      `UPDATE measurement m SET published_version_id = v.id FROM measurement_version v WHERE v.measurement_id = m.id AND m.published_version_id IS NULL AND v.workflow = 'VALIDATED'`,
    );
    expect(await queriesFor(database, "IAB")).toBe(before);
    expect(await count(() => caller.plan.overview({ code: "IAB" }))).toBe(overviewBefore);
    expect(await count(() => caller.kpi.detail({ code: "KPI-WZG" }))).toBe(kpiBefore);
    expect(kpiBefore).toBeLessThanOrEqual(17);
    expect(before).toBeLessThanOrEqual(14);
    const grown = await createCaller({ db: database.db, locale: "nl", requestId: "test", actor: viewer }).plan.detail({
      code: "IAB",
    });
    expect(grown.commitments).toHaveLength(160);
    expect(grown.kpis).toHaveLength(73);
  }

  it("files commitments and KPIs under the nodes of the tree", async () => {
    const plan = await caller().plan.detail({ code: "IAB" });
    const p1 = plan.nodes.find((n) => n.code === "IAB-P1")!;
    const workplaceLearning = p1.children
      .find((n) => n.code === "IAB-1.1")!
      .children.find((n) => n.code === "IAB-1.1.k")!;
    expect(workplaceLearning.commitments).toHaveLength(14);
    expect(p1.kpis).toContain("KPI-WZG");
    const all = (nodes: typeof plan.nodes): number =>
      nodes.reduce((n, node) => n + node.commitments.length + all(node.children), 0);
    expect(all(plan.nodes)).toBe(120);
  });

  it("rejects an unknown plan with NOT_FOUND", async () => {
    await expect(caller("en").plan.detail({ code: "NOPE" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("rejects an empty or oversized code as bad input, before any query", async () => {
    await expect(caller().plan.detail({ code: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller().plan.detail({ code: "X".repeat(500) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(statements).toEqual([]);
  });
});

describe("plan.list", () => {
  it("lists the plans in their order with counts", async () => {
    const plans = await caller().plan.list();
    expect(plans.map((p) => [p.code, p.counts.commitments])).toEqual([
      ["IAB", 120],
      ["DIGI", 50],
      ["I40", 7],
    ]);
  });
});

describe("plan.overview", () => {
  it("lists every KPI of the plan once, filed under its theme (or pillar), with its status and latest value", async () => {
    const overview = await caller().plan.overview({ code: "IAB" });
    expect(overview.kpis).toHaveLength(43);
    expect(new Set(overview.kpis.map((k) => k.code)).size).toBe(43);
    const home = new Map(overview.kpis.map((k) => [k.code, k.node]));
    expect(home.get("KPI-WZG")).toBe("IAB-1.1");
    expect(home.get("KPI-NIETWERKEND")).toBe("IAB-1.1"); // filed on sub-theme 1.1.g
    expect(home.get("KPI-NWWZ")).toBe("IAB-P1"); // filed on the pillar only
    expect(home.get("KPI-STEM")).toBe("IAB-3.2"); // 3.2 and 4.1: the first in the plan's order
    const wzg = overview.kpis.find((k) => k.code === "KPI-WZG")!;
    expect(wzg.latest).toMatchObject({ period: expect.any(String), value: expect.any(Number) });
    expect(wzg.sparkline.length).toBeGreaterThan(1);
    expect(typeof wzg.stale).toBe("boolean");
    expect(wzg.summary.nl.length).toBeGreaterThan(10);
  });

  it("says on how many KPIs each roll-up rests", async () => {
    const overview = await caller().plan.overview({ code: "IAB" });
    const verdicts = ["ACHIEVED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "NOT_ACHIEVED"];
    expect(overview.plan.kpis.coverage).toEqual({
      total: 43,
      assessed: overview.kpis.filter((k) => verdicts.includes(k.status)).length,
    });
    for (const node of overview.nodes) expect(node.kpis.coverage.total).toBe(node.kpis.total);
  });
});
