import type { Actor } from "../auth/actor.js";
import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, demoActors } from "../testing/actors.js";

let database: TestDatabase;
let actors: Record<"admin" | "editor" | "reviewer" | "viewer", Actor>;
const as = (who: keyof typeof actors) => callerFor(database.db, actors[who]);
const key = { kpi: "KPI-WZG", series: "total" };

beforeAll(async () => {
  database = await createTestDatabase();
  actors = await demoActors(database.db);
});
afterAll(() => database.drop());

describe("a value sent back", () => {
  it("reaches the editor's to-do list and the form with the reviewer's reason, name and date", async () => {
    await as("editor").measurement.record({
      ...key,
      period: "2024",
      value: 77.1,
      source: "Statbel",
      workflow: "submitted",
    });
    expect(await as("editor").due.returned({ plan: "IAB" })).toEqual([]);
    await as("reviewer").measurement.sendBack({
      ...key,
      period: "2024",
      expectedVersion: 1,
      reason: "Bron is het persbericht, niet de tabel",
    });
    const reviewer = await database.db.user.findUniqueOrThrow({
      where: { id: actors.reviewer.id },
      select: { name: true },
    });
    const [returned] = await as("editor").due.returned({ plan: "IAB" });
    expect(returned).toMatchObject({
      kpi: "KPI-WZG",
      series: "total",
      period: "2024",
      version: 1,
      value: 77.1,
      reason: "Bron is het persbericht, niet de tabel",
      reviewer: reviewer.name,
    });
    expect(Date.parse(returned!.at)).toBeGreaterThan(Date.now() - 60_000);
    const entry = await as("editor").due.entry(key);
    expect(entry.returned).toEqual([
      expect.objectContaining({ period: "2024", reason: "Bron is het persbericht, niet de tabel" }),
    ]);
    expect(entry.periods.find((p) => p.period === "2024")).toMatchObject({
      workflow: "draft",
      value: 77.1,
      source: "Statbel",
    });
  });

  it("leaves the list once the editor resubmits it", async () => {
    await as("editor").measurement.record({
      ...key,
      period: "2024",
      value: 77.2,
      source: "Statbel, tabel EAK",
      workflow: "submitted",
      expectedVersion: 1,
    });
    expect(await as("editor").due.returned({ plan: "IAB" })).toEqual([]);
    expect((await as("editor").due.entry(key)).returned).toEqual([]);
  });
});

describe("completeness", () => {
  it("lists every missing expected period per KPI and gives the plan's completeness and timeliness", async () => {
    const result = await as("editor").due.completeness({ plan: "IAB" });
    expect(result.plan.expected).toBeGreaterThan(0);
    expect(result.plan.completeness).toBeGreaterThan(0);
    expect(result.plan.completeness).toBeLessThanOrEqual(1);
    expect(result.plan.timeliness).toBeLessThanOrEqual(result.plan.completeness!);
    for (const row of result.kpis) {
      expect(row.missing.length).toBeGreaterThan(0);
      expect(row.missing.length).toBeLessThanOrEqual(row.expected);
    }
    // A gap in the middle counts too: the seed has no 2021 for the employment rate.
    const wzg = result.kpis.find((r) => r.kpi === "KPI-WZG");
    expect(wzg?.missing ?? []).toContain("2021");
  });
});
