import { describe, expect, it } from "vitest";
import { readDataState } from "../read-cache/data-version.js";
import { useDemoCallers } from "../testing/actors.js";
import { loadObservations } from "./observations.js";
import { loadObservationsJson } from "./observations-json.js";
import { loadOverviewRows } from "../plan/plan-overview-rows.js";
import { loadHistoricVerdicts } from "./status-history.js";
import { loadStoredVerdicts, refreshAllStoredVerdicts } from "./stored-verdicts.js";
import { targetPathSelect, toTargetPathDto } from "./kpi.selects.js";
import { loadTargetPaths } from "./target-paths.js";

const demo = useDemoCallers();
const db = () => demo.database.db;

// These reads go through `pg` directly on the client and through `$queryRaw` inside a
// transaction (readPlain); a write's verdict is computed from the second, a page from the first.
describe("the hot reads give the same answer through pg and inside a transaction", () => {
  it("every series' observations, today and as known on a date", async () => {
    const ids = (await db().series.findMany({ select: { id: true } })).map((s) => s.id);
    expect(ids.length).toBeGreaterThan(10);
    const asOf = new Date("2022-06-30T23:59:59.999Z");
    const direct = [await loadObservations(db(), ids), await loadObservations(db(), ids, asOf)];
    const inTransaction = await db().$transaction(async (tx) => [
      await loadObservations(tx, ids),
      await loadObservations(tx, ids, asOf),
    ]);
    expect(direct).toEqual(inTransaction);
    expect([...direct[0]!.values()].flat().length).toBeGreaterThan(100);
  });

  it("every series' observations as JSON text", async () => {
    const ids = (await db().series.findMany({ select: { id: true } })).map((s) => s.id);
    const direct = await loadObservationsJson(db(), ids);
    expect(await db().$transaction((tx) => loadObservationsJson(tx, ids))).toEqual(direct);
  });

  it("the data version and the public-read setting", async () => {
    const direct = await readDataState(db());
    expect(direct.version).toMatch(/^\d+$/);
    expect(await db().$transaction((tx) => readDataState(tx))).toEqual(direct);
  });

  it("a plan overview's rows (plan, nodes, KPIs with their thresholds, commitments)", async () => {
    const direct = await loadOverviewRows(db(), "IAB");
    expect(direct?.kpis.length).toBeGreaterThan(3);
    expect(direct?.kpis.every((k) => typeof k.onTrackThreshold === "number")).toBe(true);
    expect(await db().$transaction((tx) => loadOverviewRows(tx, "IAB"))).toEqual(direct);
  });

  it("the verdicts as known on a date, and where a verdict's day ends", async () => {
    const read = (reader: Parameters<typeof loadHistoricVerdicts>[0], day: string) =>
      loadHistoricVerdicts(reader, { headlinesOfPlan: "IAB" }, day);
    await refreshAllStoredVerdicts(db());
    for (const day of ["2021-01-01", "2024-06-30", new Date().toISOString().slice(0, 10)]) {
      const direct = await read(db(), day);
      expect(await db().$transaction((tx) => read(tx, day))).toEqual(direct);
    }
    expect((await read(db(), new Date().toISOString().slice(0, 10))).size).toBeGreaterThan(3);
  });

  it("today's stored verdicts, by plan and by series", async () => {
    await refreshAllStoredVerdicts(db());
    const ids = (await db().series.findMany({ select: { id: true } })).map((s) => s.id);
    for (const scope of [{ headlinesOfPlan: "IAB" }, ids]) {
      const direct = await loadStoredVerdicts(db(), scope);
      expect(direct.size).toBeGreaterThan(3);
      expect(await db().$transaction((tx) => loadStoredVerdicts(tx, scope))).toEqual(direct);
    }
  });

  it("the target path in force per series, today and as known on a date, as Prisma's relation read gives it", async () => {
    const ids = (await db().series.findMany({ select: { id: true } })).map((s) => s.id);
    // The reference: Prisma's relation read of the same revisions, through the same DTO.
    const byPrisma = async (asOf?: Date) => {
      const rows = await db().targetPath.findMany({
        where: {
          seriesId: { in: ids },
          ...(asOf
            ? { OR: [{ knownSince: { lte: asOf } }, { knownSince: null, createdAt: { lte: asOf } }] }
            : { supersededAt: null }),
        },
        orderBy: [{ seriesId: "asc" }, { revision: "desc" }],
        distinct: ["seriesId"],
        select: { ...targetPathSelect, seriesId: true },
      });
      return new Map(rows.map((r) => [r.seriesId, toTargetPathDto(r)!]));
    };
    for (const asOf of [undefined, new Date("2019-12-31T23:59:59.999Z"), new Date("2024-06-30T23:59:59.999Z")]) {
      const direct = await loadTargetPaths(db(), ids, asOf);
      expect(direct).toEqual(await byPrisma(asOf));
      expect(await db().$transaction((tx) => loadTargetPaths(tx, ids, asOf))).toEqual(direct);
    }
    expect((await loadTargetPaths(db(), { headlinesOfPlan: "IAB" })).size).toBeGreaterThan(1);
    const today = await loadTargetPaths(db(), ids);
    expect(today.size).toBeGreaterThan(3);
    expect([...today.values()].some((p) => p !== null && p.targets.length > 1 && p.baseline !== null)).toBe(true);
  });
});
