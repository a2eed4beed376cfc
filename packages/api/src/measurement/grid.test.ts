import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor.js";
import { callerFor, demoActors } from "../testing/actors.js";

let database: TestDatabase;
let editor: Actor;
const versions = () => database.db.measurementVersion.count();

beforeAll(async () => {
  database = await createTestDatabase();
  editor = (await demoActors(database.db)).editor;
});
afterAll(() => database?.drop());

describe("the period grid", () => {
  it("lists the plan's KPIs of the period's frequency with their current value and recent history", async () => {
    const rows = await callerFor(database.db, editor).measurement.grid({ plan: "IAB", period: "2022" });
    const wzg = rows.find((r) => r.kpi === "KPI-WZG")!;
    expect(wzg).toMatchObject({
      unit: "percent",
      decimals: 1,
      // 2022: the provisional 76,4 (v1) was replaced by the final 76,7 (v2).
      current: { version: 2, value: 76.7, workflow: "validated" },
    });
    // The same values the server's outlier rule compares with: the series' latest published.
    expect(wzg.history.at(-1)).toEqual({ period: "2023", value: 76.8 });
    expect(rows.every((r) => r.frequency === "year")).toBe(true);
    // Workability is entered on the series it reports: employees.
    expect(rows.find((r) => r.kpi === "KPI-WERKBAAR")?.series).toBe("statuut=werknemers");
    // A KPI whose unit the source leaves unstated is not offered until an admin sets one.
    expect(rows.some((r) => r.unit === "unspecified")).toBe(false);
    const quarters = await callerFor(database.db, editor).measurement.grid({ plan: "IAB", period: "2024-Q4" });
    expect(quarters.find((r) => r.kpi === "KPI-WZG")).toMatchObject({
      series: "kwartaal",
      frequency: "quarter",
      current: { version: 1, value: 78.2, workflow: "validated" },
    });
    await expect(
      callerFor(database.db, editor).measurement.grid({ plan: "NOPE", period: "2022" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("saves every row or none, naming each refused row by its place", async () => {
    const before = await versions();
    const refused = await callerFor(database.db, editor).measurement.recordMany({
      rows: [
        { kpi: "KPI-WZG", series: "total", period: "2025", value: 77.4, workflow: "submitted", source: "Statbel" },
        { kpi: "KPI-NWWZ", series: "total", period: "2025", value: -3, workflow: "submitted", source: "VDAB" },
        {
          kpi: "KPI-WZG",
          series: "total",
          period: "2022",
          value: 76.5,
          expectedVersion: 1,
          workflow: "submitted",
          source: "Statbel",
        },
      ],
    });
    expect(refused.saved).toEqual([]);
    expect(refused.errors.map((e) => [e.index, e.messageKey])).toEqual([
      [1, "measurement.negative"],
      [2, "measurement.reasonRequired"],
    ]);
    expect(await versions()).toBe(before);
    const saved = await callerFor(database.db, editor).measurement.recordMany({
      rows: [
        { kpi: "KPI-WZG", series: "total", period: "2025", value: 77.4, workflow: "submitted", source: "Statbel" },
        { kpi: "KPI-NWWZ", series: "total", period: "2025", value: 180000, workflow: "submitted", source: "VDAB" },
      ],
    });
    expect(saved.errors).toEqual([]);
    expect(saved.saved.map((v) => [v.period, v.version, v.workflow])).toEqual([
      ["2025", 1, "submitted"],
      ["2025", 1, "submitted"],
    ]);
    expect(await versions()).toBe(before + 2);
  });
});
