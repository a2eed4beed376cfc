// The plan overview names its series by the plan, to read verdicts and paths in the same round
// trip as its KPIs: that must be the very set of ids it would otherwise pass.
import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadHistoricVerdicts } from "./status-history.js";
import { loadStoredVerdicts, refreshAllStoredVerdicts } from "./stored-verdicts.js";
import { loadTargetPaths } from "./target-paths.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await refreshAllStoredVerdicts(database.db);
  // An archived KPI's headline series is no longer the plan's.
  await database.sql(`UPDATE kpi SET archived_at = now() WHERE code = 'KPI-LLL'`);
});
afterAll(async () => {
  await database?.drop();
});

const headlineIds = async (plan: string) =>
  (
    await database.db.series.findMany({
      where: { isHeadline: true, kpi: { archivedAt: null, plan: { code: plan } } },
      select: { id: true },
    })
  ).map((s) => s.id);

describe("the headline series of a plan as a scope", () => {
  it("reads the same stored verdicts, history and target paths as the ids of its KPIs' headline series", async () => {
    for (const plan of ["IAB", "DIGI", "I40"]) {
      const ids = await headlineIds(plan);
      const scope = { headlinesOfPlan: plan };
      expect(await loadStoredVerdicts(database.db, scope)).toEqual(await loadStoredVerdicts(database.db, ids));
      expect(await loadHistoricVerdicts(database.db, scope, "2025-05-31")).toEqual(
        await loadHistoricVerdicts(database.db, ids, "2025-05-31"),
      );
      expect(await loadTargetPaths(database.db, scope)).toEqual(await loadTargetPaths(database.db, ids));
    }
    const iab = await loadStoredVerdicts(database.db, { headlinesOfPlan: "IAB" });
    expect(iab.size).toBeGreaterThan(5);
    const lll = await database.db.series.findFirstOrThrow({ where: { kpi: { code: "KPI-LLL" }, isHeadline: true } });
    expect(iab.has(lll.id)).toBe(false);
  });
});
