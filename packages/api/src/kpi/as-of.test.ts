import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadObservations } from "./observations.js";
import { loadTargetPaths } from "./target-paths.js";

let database: TestDatabase;
let total: number;
let quarters: number;

beforeAll(async () => {
  database = await createTestDatabase();
  const series = await database.db.series.findMany({
    where: { kpi: { code: "KPI-WZG" }, key: { in: ["total", "kwartaal"] } },
    select: { id: true, key: true },
  });
  total = series.find((s) => s.key === "total")!.id;
  quarters = series.find((s) => s.key === "kwartaal")!.id;
});
afterAll(() => database.drop());

const at = (date: string) => new Date(`${date}T23:59:59Z`);

describe("the employment rate as known on a date (seeded figures count from their publication)", () => {
  it("on 2023-06-30: the final 2022 figure and the quarters published by then, no 2023 yet", async () => {
    const observations = await loadObservations(database.db, [total, quarters], at("2023-06-30"));
    const yearly = observations.get(total)!;
    expect(yearly.map((o) => o.period)).toEqual(["1999", "2017", "2018", "2019", "2020", "2022"]);
    expect(yearly.at(-1)).toMatchObject({ period: "2022", value: 76.7, status: "final", knownSinceApproximate: true });
    expect(observations.get(quarters)!.map((o) => [o.period, o.knownSince])).toEqual([
      ["2019-Q1", "2019-07-03"],
      ["2022-Q3", "2023-03-20"],
      ["2022-Q4", "2023-03-20"],
    ]);
    const paths = await loadTargetPaths(database.db, [total], at("2023-06-30"));
    expect(paths.get(total)?.targets.map((t) => [t.period, t.value, t.kind])).toEqual([
      ["2020", 76, "target"],
      ["2024", 77.9, "indicative"],
      ["2030", 80, "target"],
    ]);
  });

  it("on 2023-01-15: 2022 still provisional (76,4), the first vintage", async () => {
    const observations = await loadObservations(database.db, [total], at("2023-01-15"));
    expect(observations.get(total)!.at(-1)).toMatchObject({ period: "2022", value: 76.4, status: "provisional" });
  });

  it("in mid-2019: only the action plan's target revision, without the coalition agreement's 80 %", async () => {
    const paths = await loadTargetPaths(database.db, [total], at("2019-07-01"));
    expect(paths.get(total)?.revision).toBe(1);
    expect(paths.get(total)?.targets.map((t) => t.period)).toEqual(["2020"]);
    expect(await loadTargetPaths(database.db, [total], at("2019-01-01"))).toEqual(new Map());
  });

  it("today: the published versions, each with the date it became known", async () => {
    const observations = await loadObservations(database.db, [total]);
    expect(observations.get(total)!.at(-1)).toMatchObject({ period: "2023", value: 76.8, knownSince: "2024-03-31" });
    expect(observations.get(total)!.every((o) => o.knownSince !== null)).toBe(true);
  });
});
