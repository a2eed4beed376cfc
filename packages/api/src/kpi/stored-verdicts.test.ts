import { describe, expect, it } from "vitest";
import { useDemoCallers } from "../testing/actors.js";
import { loadStoredVerdicts, refreshAllStoredVerdicts, refreshExpiredStoredVerdicts } from "./stored-verdicts.js";

const demo = useDemoCallers();
const as = demo.as;

const stored = async () =>
  await demo.database.db.seriesStatus.findMany({
    orderBy: { seriesId: "asc" },
    select: { seriesId: true, status: true, assessment: true, latest: true, sparkline: true },
  });

const history = () =>
  demo.database.db.seriesStatusHistory.findMany({ orderBy: [{ seriesId: "asc" }, { validFrom: "asc" }] });

/** The stored verdicts are fresh when recomputing every series from scratch changes nothing,
 *  the status history (kept up to date day by day, incrementally) included. */
async function expectFresh() {
  const before = await stored();
  const days = await history();
  await demo.database.db.seriesStatusHistory.deleteMany();
  await refreshAllStoredVerdicts(demo.database.db);
  expect(await stored()).toEqual(before);
  expect(await history()).toEqual(days);
}

describe("stored series statuses", () => {
  it("give the same overview as computing every status from the values", async () => {
    const live = await as(null).plan.overview({ code: "IAB" });
    expect(await demo.database.db.seriesStatus.count()).toBe(0);
    await refreshAllStoredVerdicts(demo.database.db);
    expect(await demo.database.db.seriesStatus.count()).toBeGreaterThan(40);
    expect(await as(null).plan.overview({ code: "IAB" })).toEqual(live);
  });

  it("follow every write that changes what is published, inside its transaction", async () => {
    const key = { kpi: "KPI-WZG", series: "total" };
    await as("editor").measurement.record({
      ...key,
      period: "2024",
      value: 77.1,
      workflow: "submitted",
      source: "Statbel",
    });
    await expectFresh();
    await as("reviewer").measurement.validate({ ...key, period: "2024", expectedVersion: 1 });
    const afterValidate = await as(null).plan.overview({ code: "IAB" });
    expect(afterValidate.headline.find((h) => h.code === "KPI-WZG")?.latest).toMatchObject({
      period: "2024",
      value: 77.1,
    });
    await expectFresh();
    await as("admin").measurement.record({
      ...key,
      period: "2024",
      value: 77.3,
      expectedVersion: 1,
      reason: "herziening",
      workflow: "validated",
      source: "Statbel",
    });
    await expectFresh();
    await as("reviewer").measurement.withdraw({ ...key, period: "2024", expectedVersion: 2, reason: "dubbel" });
    await expectFresh();
    await as("editor").target.revise({
      ...key,
      targets: [{ period: "2030", value: 82, source: "Test: strenger doel" }],
      justification: "Test van de opgeslagen status",
    });
    await expectFresh();
    const kpi = await as(null).kpi.detail({ code: "KPI-WZG" });
    expect((await as(null).plan.overview({ code: "IAB" })).headline.find((h) => h.code === "KPI-WZG")?.status).toBe(
      kpi.assessment.status,
    );
  });

  it("expire when time alone changes them: a verdict past its validUntil is not served, and is refreshed", async () => {
    await refreshAllStoredVerdicts(demo.database.db);
    const wzg = await demo.database.db.series.findFirstOrThrow({
      where: { kpi: { code: "KPI-WZG" }, isTotal: true },
      select: { id: true, status: { select: { assessment: true } } },
    });
    const validUntil = (wzg.status!.assessment as { validUntil: string }).validUntil;
    expect(validUntil > new Date().toISOString().slice(0, 10)).toBe(true);
    expect((await loadStoredVerdicts(demo.database.db, [wzg.id])).has(wzg.id)).toBe(true);
    expect((await loadStoredVerdicts(demo.database.db, [wzg.id], validUntil)).has(wzg.id)).toBe(false);
    // On that day the start-up refresh picks it up.
    expect(await refreshExpiredStoredVerdicts(demo.database.db, validUntil)).toBeGreaterThan(0);
  });
});
