// Targets, baselines and benchmarks obey the KPI's unit range, the rule measurement entry uses.
import { describe, expect, it } from "vitest";
import { useDemoCallers } from "../testing/actors.js";

const demo = useDemoCallers();
const as = demo.as;

const revise = (kpi: string, targets: number[], baseline?: number) =>
  as("editor").target.revise({
    kpi,
    series: "total",
    ...(baseline === undefined ? {} : { baseline: { period: "2019", value: baseline } }),
    targets: targets.map((value, i) => ({ period: `${2030 + i}`, value, source: "test", kind: "target" as const })),
    interpolation: "linear",
    justification: "test",
  });
const targetPaths = () => demo.database.db.targetPath.count();

describe("target values obey the KPI's unit range", () => {
  it("target.revise refuses 150 % and −10 % on a percent KPI, naming both targets, and stores nothing", async () => {
    const before = await targetPaths();
    await expect(revise("KPI-WZG", [150, -10])).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Een percentage ligt tussen 0 en 100.",
      cause: {
        issues: [
          { field: "targets.0.value", messageKey: "measurement.percentRange" },
          { field: "targets.1.value", messageKey: "measurement.percentRange" },
        ],
      },
    });
    expect(await targetPaths()).toBe(before);
  });

  it("target.revise refuses a negative baseline of a count KPI", async () => {
    await expect(revise("KPI-NWWZ", [150000], -1)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { issues: [{ field: "baseline.value", messageKey: "measurement.negative" }] },
    });
  });

  it("target.revise accepts the ends of the range, 0 % and 100 %", async () => {
    await expect(revise("KPI-WZG", [0, 100])).resolves.toBeDefined();
  });
});

describe("benchmark values obey the KPI's unit range", () => {
  const benchmark = (kpi: string, value: number) =>
    as("editor").benchmark.create({
      kpi,
      entityCode: "SE",
      entityNl: "Zweden",
      entityEn: "Sweden",
      value,
      source: "Eurostat",
    });

  it("benchmark.create refuses a percentage of 150 and a negative count, and stores nothing", async () => {
    const before = await demo.database.db.benchmark.count();
    await expect(benchmark("KPI-WZG", 150)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { issues: [{ field: "value", messageKey: "measurement.percentRange" }] },
    });
    await expect(benchmark("KPI-NWWZ", -5)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { issues: [{ field: "value", messageKey: "measurement.negative" }] },
    });
    expect(await demo.database.db.benchmark.count()).toBe(before);
  });

  it("benchmark.create keeps accepting a percentage in range", async () => {
    await expect(benchmark("KPI-WZG", 82.6)).resolves.toMatchObject({ value: 82.6 });
  });
});
