import { describe, expect, it } from "vitest";
import { useDemoCallers } from "./testing/actors.js";

const demo = useDemoCallers();
const as = demo.as;

describe("plan structure", () => {
  it("a new plan of the same shape takes nodes, commitments and KPIs, and shows in the overview", async () => {
    await as("admin").plan.create({ code: "VESOC", titleNl: "VESOC-akkoord", titleEn: "VESOC agreement" });
    await as("admin").node.create({
      plan: "VESOC",
      code: "VESOC-P1",
      kind: "pillar",
      number: "1",
      titleNl: "Werk",
      titleEn: "Work",
    });
    await as("admin").node.create({
      plan: "VESOC",
      code: "VESOC-1.1",
      parent: "VESOC-P1",
      kind: "theme",
      number: "1.1",
      titleNl: "Activering",
      titleEn: "Activation",
    });
    await as("admin").commitment.save({
      code: "VESOC-C1",
      plan: "VESOC",
      node: "VESOC-1.1",
      titleNl: "Engagement",
      titleEn: "Commitment",
      kind: "engagement",
      deadline: "2026-01-31",
    });
    await as("admin").kpi.save({
      code: "KPI-VESOC-1",
      plan: "VESOC",
      nameNl: "Test",
      nameEn: "Test",
      unit: "percent",
      decimals: 1,
      direction: "higher_is_better",
      kind: "level",
      frequency: "year",
      reportingInterval: 1,
      statusMethod: "trajectory",
      onTrackThreshold: 0.95,
      atRiskThreshold: 0.75,
      nodes: ["VESOC-1.1"],
      isHeadline: true,
    });
    await as("editor").measurement.record({
      kpi: "KPI-VESOC-1",
      series: "total",
      period: "2024",
      value: 50,
      workflow: "submitted",
      source: "Statbel",
    });
    const overview = await as(null).plan.overview({ code: "VESOC" });
    expect(overview.nodes.map((n) => [n.code, n.parent])).toEqual([
      ["VESOC-P1", null],
      ["VESOC-1.1", "VESOC-P1"],
    ]);
    // Nobody reported on it: its status is unknown, so it is not counted late but past its deadline.
    expect(overview.nodes[0]!.commitments).toMatchObject({ total: 1, reported: 0, late: 0, pastDeadlineUnknown: 1 });
    // The deadline filter includes the deadline day itself and leaves out what is due later.
    expect((await as(null).commitment.list({ plan: "VESOC", deadlineBy: "2026-01-31" })).map((c) => c.code)).toEqual([
      "VESOC-C1",
    ]);
    expect(await as(null).commitment.list({ plan: "VESOC", deadlineBy: "2026-01-30" })).toEqual([]);
    expect(overview.headline.map((h) => h.code)).toEqual(["KPI-VESOC-1"]);
  });

  it("refuses a duplicate code, a node of another plan and removing a node in use", async () => {
    await expect(as("admin").plan.create({ code: "VESOC", titleNl: "x", titleEn: "x" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Dit bestaat al (de code is al in gebruik).",
    });
    await expect(
      as("admin").commitment.save({
        code: "VESOC-C2",
        plan: "VESOC",
        node: "IAB-P1",
        titleNl: "x",
        titleEn: "x",
        kind: "demand",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(as("admin").node.delete({ code: "VESOC-1.1" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Dit is nog in gebruik en kan niet verwijderd worden.",
    });
    await expect(as("admin").plan.create({ code: "bad code", titleNl: "x", titleEn: "x" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("an archived plan leaves the list and keeps its data", async () => {
    await as("admin").plan.setArchived({ code: "VESOC", archived: true });
    expect((await as(null).plan.list()).map((p) => p.code)).not.toContain("VESOC");
    expect(await demo.database.db.commitment.count({ where: { plan: { code: "VESOC" } } })).toBe(1);
    await as("admin").plan.setArchived({ code: "VESOC", archived: false });
    expect((await as(null).plan.list()).map((p) => p.code)).toContain("VESOC");
  });
});

describe("archiving a KPI", () => {
  it("takes it out of the plan's statuses and keeps its values", async () => {
    const before = (await as(null).plan.overview({ code: "IAB" })).plan.kpis.total;
    await as("admin").kpi.setArchived({ code: "KPI-NWWZ", archived: true });
    expect((await as(null).plan.overview({ code: "IAB" })).plan.kpis.total).toBe(before - 1);
    expect(
      await demo.database.db.measurement.count({ where: { series: { kpi: { code: "KPI-NWWZ" } } } }),
    ).toBeGreaterThan(0);
    await as("admin").kpi.setArchived({ code: "KPI-NWWZ", archived: false });
  });
});

describe("benchmarks and annotations", () => {
  it("appear on the KPI page", async () => {
    await as("editor").benchmark.create({
      kpi: "KPI-LLL",
      entityCode: "NL",
      entityNl: "Nederland",
      entityEn: "Netherlands",
      period: "2018",
      value: 19.1,
      source: "Eurostat (test)",
    });
    await as("editor").annotation.create({
      kpi: "KPI-LLL",
      date: "2020-03-13",
      kind: "event",
      titleNl: "COVID-19-maatregelen",
      titleEn: "COVID-19 measures",
    });
    const detail = await as(null).kpi.detail({ code: "KPI-LLL" });
    expect(detail.benchmarks.map((b) => [b.entity, b.value])).toContainEqual(["NL", 19.1]);
    expect(detail.annotations).toEqual([expect.objectContaining({ date: "2020-03-13", kind: "event" })]);
  });
});

describe("disaggregations and editor scopes", () => {
  it("a new dimension and series take values like the total", async () => {
    await as("admin").dimension.save({
      code: "provincie",
      nameNl: "Provincie",
      nameEn: "Province",
      members: [{ code: "antwerpen", nameNl: "Antwerpen", nameEn: "Antwerp" }],
    });
    const series = await as("admin").kpi.addSeries({ kpi: "KPI-WZG", members: { provincie: "antwerpen" } });
    expect(series).toEqual({ key: "provincie=antwerpen", labelNl: "Antwerpen", labelEn: "Antwerp" });
    await as("reviewer").measurement.record({
      kpi: "KPI-WZG",
      series: "provincie=antwerpen",
      period: "2023",
      value: 76.2,
      workflow: "validated",
      source: "Statbel",
    });
    const detail = await as(null).kpi.detail({ code: "KPI-WZG", series: "provincie=antwerpen" });
    expect(detail.chart.points.map((o) => [o.period, o.value])).toEqual([["2023", 76.2]]);
    await expect(
      as("admin").kpi.addSeries({ kpi: "KPI-WZG", members: { provincie: "limburg" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("an editor limited to one organisation's KPIs may only record those", async () => {
    const kpi = await demo.database.db.kpi.findUniqueOrThrow({ where: { code: "KPI-NWWZ" }, select: { id: true } });
    const vdab = await demo.database.db.organisation.findUniqueOrThrow({
      where: { code: "VDAB" },
      select: { id: true },
    });
    await demo.database.db.kpiSteward.create({ data: { kpiId: kpi.id, organisationId: vdab.id } });
    await as("admin").user.setScopes({ userId: demo.actors.editor.id, kpis: [], organisations: ["VDAB"] });
    await expect(
      as("editor").measurement.record({ kpi: "KPI-WZG", series: "total", period: "2015", value: 78 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      as("editor").measurement.record({
        kpi: "KPI-NWWZ",
        series: "total",
        period: "2024",
        value: 160000,
        comment: "test",
      }),
    ).resolves.toMatchObject({ version: 1 });
    // VDAB's own KPIs (the seed names it steward of six) and the one given here; never KPI-WZG.
    const due = (await as("editor").due.list({ plan: "IAB" })).map((d) => d.kpi);
    expect(due).toContain("KPI-NWWZ");
    expect(due).not.toContain("KPI-WZG");
    await as("admin").user.setScopes({ userId: demo.actors.editor.id, kpis: [], organisations: [] });
  });
});

describe("new commitments and KPIs", () => {
  it("a commitment nobody reported on is 'unknown', never 'not started'", async () => {
    const listed = await as(null).commitment.list({ plan: "VESOC" });
    expect(listed.map((c) => c.status)).toEqual(["unknown"]);
    expect((await as(null).commitment.list({ plan: "IAB", status: "not_started" })).length).toBe(0);
  });

  it("a new KPI has a headline total of its frequency, which follows the KPI while it holds no values", async () => {
    const kpi = {
      code: "KPI-VESOC-2",
      plan: "VESOC",
      nameNl: "Kwartaal",
      nameEn: "Quarterly",
      unit: "count" as const,
      decimals: 0,
      direction: "higher_is_better" as const,
      kind: "count" as const,
      frequency: "year" as const,
      reportingInterval: 1,
      statusMethod: "trajectory" as const,
      onTrackThreshold: 0.95,
      atRiskThreshold: 0.75,
      nodes: ["VESOC-1.1"],
      isHeadline: false,
    };
    await as("admin").kpi.save(kpi);
    await as("admin").kpi.save({ ...kpi, frequency: "quarter" });
    const series = await demo.database.db.series.findMany({
      where: { kpi: { code: "KPI-VESOC-2" } },
      select: { key: true, isHeadline: true, frequency: true },
    });
    expect(series).toEqual([{ key: "total", isHeadline: true, frequency: "QUARTER" }]);
  });
});
