import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/index.js";
import { loadReferenceData } from "./load-reference.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const count = async (sql: string, values: unknown[] = []): Promise<number> =>
  Number((await database.sql<{ n: string }>(sql, values)).rows[0]!.n);

describe("reference plans", () => {
  it("IAB has exactly the four pillars of the action plan, in document order", async () => {
    const pillars = await database.db.planNode.findMany({
      where: { plan: { code: "IAB" }, kind: "PILLAR" },
      orderBy: { sortOrder: "asc" },
      select: { code: true, number: true, titleNl: true },
    });
    expect(pillars.map((p) => [p.code, p.number])).toEqual([
      ["IAB-P1", "1"],
      ["IAB-P2", "2"],
      ["IAB-P3", "3"],
      ["IAB-P4", "4"],
    ]);
    expect(pillars.map((p) => p.titleNl.replace(/ \(.*$/, ""))).toEqual([
      "Iedereen aan het werk",
      "Iedereen duurzaam aan het werk houden",
      "Iedereen levenslang leren en ontwikkelen",
      "Iedereen digitaal",
    ]);
  });

  it("IAB has its 8 numbered themes under the pillars and all 120 commitments", async () => {
    const themes = await database.db.planNode.findMany({
      where: { plan: { code: "IAB" }, kind: "THEME" },
      select: { number: true, parent: { select: { kind: true } } },
    });
    expect(themes.map((t) => t.number).sort()).toEqual(["1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2"]);
    expect(themes.every((t) => t.parent?.kind === "PILLAR")).toBe(true);
    expect(await database.db.commitment.count({ where: { plan: { code: "IAB" } } })).toBe(120);
  });

  it("DIGI has 7 domains with 50 building blocks and I40 7 recommendations", async () => {
    expect(await database.db.planNode.count({ where: { plan: { code: "DIGI" }, kind: "DOMAIN" } })).toBe(7);
    expect(await database.db.commitment.count({ where: { plan: { code: "DIGI" } } })).toBe(50);
    expect(await database.db.commitment.count({ where: { plan: { code: "I40" }, kind: "RECOMMENDATION" } })).toBe(7);
  });

  it("commitments keep their actors and the evidence they were read from", async () => {
    const c = await database.db.commitment.findUniqueOrThrow({
      where: { code: "IAB-C001" },
      select: { evidence: true },
    });
    expect(c.evidence).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/^003_/), quote: expect.any(String) }),
    ]);
    const vdabCommitments = await database.db.commitmentActor.count({
      where: { organisation: { code: "VDAB" }, role: "RESPONSIBLE" },
    });
    expect(vdabCommitments).toBeGreaterThanOrEqual(25);
  });

  it("has all 43 KPIs of the catalogue under their stable codes", async () => {
    expect(await database.db.kpi.count()).toBe(43);
    const codes = (await database.db.kpi.findMany({ select: { code: true } })).map((k) => k.code);
    expect(codes).toEqual(expect.arrayContaining(["KPI-WZG", "KPI-NWWZ", "KPI-WERKBAAR", "KPI-LLL", "KPI-VOV"]));
  });
});

describe("KPI-WZG (employment rate)", () => {
  it("has 74,6 for 2018, from the action plan", async () => {
    const rows = await database.sql<{ value: string; source_label: string; workflow: string }>(
      `SELECT v.value, v.source_label, v.workflow FROM measurement m
         JOIN series s ON s.id = m.series_id JOIN kpi k ON k.id = s.kpi_id
         JOIN measurement_version v ON v.id = m.published_version_id
        WHERE k.code = 'KPI-WZG' AND s.key = 'total' AND m.period = '2018'`,
    );
    expect(rows.rows).toEqual([
      { value: "74.600000", source_label: "Actieplan Iedereen aan boord (SERV, 2019)", workflow: "VALIDATED" },
    ]);
  });

  it("has the targets 76 for 2020 (Pact 2020) and 80 for 2030, and keeps the first revision", async () => {
    const series = await database.db.series.findFirstOrThrow({
      where: { kpi: { code: "KPI-WZG" }, key: "total" },
      select: {
        currentTargetPath: {
          select: { revision: true, points: { select: { period: true, value: true, kind: true, sourceLabel: true } } },
        },
        targetPaths: { select: { revision: true, supersededAt: true } },
      },
    });
    const targets = series
      .currentTargetPath!.points.filter((p) => p.kind === "TARGET")
      .map((p) => [p.period, p.value.toNumber(), p.sourceLabel.split(" ")[0]]);
    expect(targets).toEqual(
      expect.arrayContaining([
        ["2020", 76, "Pact"],
        ["2030", 80, "Vlaams"],
      ]),
    );
    expect(series.targetPaths).toHaveLength(2);
    expect(series.targetPaths.find((p) => p.revision === 1)?.supersededAt).not.toBeNull();
  });

  it("has the benchmarks Sweden 82,6, Germany 79,9 and Netherlands 79,2 as the Eurostat 2018 values, with the plan's evidence", async () => {
    const benchmarks = await database.db.benchmark.findMany({
      where: { kpi: { code: "KPI-WZG" }, entityCode: { in: ["SE", "DE", "NL"] }, period: "2018" },
      select: { entityCode: true, value: true, period: true, evidence: true },
      orderBy: { entityCode: "asc" },
    });
    expect(benchmarks.map((b) => [b.entityCode, b.value.toNumber(), b.period])).toEqual([
      ["DE", 79.9, "2018"],
      ["NL", 79.2, "2018"],
      ["SE", 82.6, "2018"],
    ]);
    expect(benchmarks.every((b) => JSON.stringify(b.evidence).includes("003_"))).toBe(true);
  });

  it("has Belgium 71,9 for 2022 and 72,1 for 2023, EU27 73,1 for 2021 (benchmark_year_verdict)", async () => {
    const rows = await database.db.benchmark.findMany({
      where: { kpi: { code: "KPI-WZG" }, entityCode: { in: ["BE", "EU27"] }, period: { in: ["2021", "2022", "2023"] } },
      select: { entityCode: true, period: true, value: true },
    });
    const value = (entity: string, period: string) =>
      rows.find((r) => r.entityCode === entity && r.period === period)?.value.toNumber();
    expect([value("BE", "2022"), value("BE", "2023"), value("EU27", "2021")]).toEqual([71.9, 72.1, 73.1]);
  });

  it("carries the published history 1999-2023 with its sources, 2022 final 76,7 over the provisional 76,4", async () => {
    const rows = await database.sql<{ period: string; value: string; status: string; source_url: string | null }>(
      `SELECT m.period, v.value, v.status, v.source_url FROM measurement m
         JOIN series s ON s.id = m.series_id JOIN kpi k ON k.id = s.kpi_id
         JOIN measurement_version v ON v.id = m.published_version_id
        WHERE k.code = 'KPI-WZG' AND s.key = 'total' ORDER BY m.period_end`,
    );
    const byPeriod = Object.fromEntries(rows.rows.map((r) => [r.period, r]));
    expect(Number(byPeriod["1999"]!.value)).toBe(67.3);
    expect(Number(byPeriod["2019"]!.value)).toBe(75.5);
    expect(Number(byPeriod["2020"]!.value)).toBe(74.7);
    expect([Number(byPeriod["2022"]!.value), byPeriod["2022"]!.status]).toEqual([76.7, "FINAL"]);
    expect(Number(byPeriod["2023"]!.value)).toBe(76.8);
    expect(byPeriod["2023"]!.source_url).toMatch(/^https:\/\/statbel\.fgov\.be/);
    expect(byPeriod["2019"]!.source_url).toMatch(/^https:\/\/statistiekvlaanderen\.be/);
  });

  it("keeps 2022 as two vintages: v1 provisional 76,4 known first, v2 final 76,7 published", async () => {
    const versions = await database.db.measurementVersion.findMany({
      where: { measurement: { period: "2022", series: { key: "total", kpi: { code: "KPI-WZG" } } } },
      orderBy: { version: "asc" },
      select: { version: true, value: true, status: true, knownSince: true, publishedOf: { select: { id: true } } },
    });
    expect(versions.map((v) => [v.version, v.value!.toNumber(), v.status, v.publishedOf !== null])).toEqual([
      [1, 76.4, "PROVISIONAL", false],
      [2, 76.7, "FINAL", true],
    ]);
    expect(versions[0]!.knownSince!.getTime()).toBeLessThan(versions[1]!.knownSince!.getTime());
  });

  it("holds its quarterly figures in a quarterly series of its own, not the headline", async () => {
    const series = await database.db.series.findMany({
      where: { kpi: { code: "KPI-WZG" }, frequency: "QUARTER" },
      select: { isHeadline: true, measurements: { select: { period: true }, orderBy: { periodEnd: "asc" } } },
    });
    expect(series).toHaveLength(1);
    expect(series[0]!.isHeadline).toBe(false);
    expect(series[0]!.measurements.map((m) => m.period)).toEqual([
      "2019-Q1",
      "2022-Q3",
      "2022-Q4",
      "2024-Q3",
      "2024-Q4",
    ]);
  });

  it("marks Steunpunt Werk's 77,9 for 2024 indicative, the 76 and 80 official", async () => {
    const points = await database.db.targetPoint.findMany({
      where: { targetPath: { currentFor: { kpi: { code: "KPI-WZG" }, isHeadline: true } } },
      select: { period: true, value: true, kind: true },
      orderBy: { period: "asc" },
    });
    expect(points.map((p) => [p.period, p.value.toNumber(), p.kind])).toEqual([
      ["2020", 76, "TARGET"],
      ["2024", 77.9, "INDICATIVE"],
      ["2030", 80, "TARGET"],
    ]);
  });
});

describe("KPI-WERKBAAR (workability)", () => {
  it("reports on its headline series, employees, which holds the waves 2004-2023 and the Pact 2020 target of 60 %", async () => {
    const headline = await database.db.series.findMany({
      where: { kpi: { code: "KPI-WERKBAAR" }, isHeadline: true },
      select: {
        key: true,
        measurements: { select: { period: true }, orderBy: { periodEnd: "asc" } },
        currentTargetPath: { select: { points: { select: { period: true, value: true } } } },
      },
    });
    expect(headline).toHaveLength(1);
    expect(headline[0]!.key).toBe("statuut=werknemers");
    expect(headline[0]!.measurements.map((m) => m.period)).toEqual([
      "2004",
      "2007",
      "2010",
      "2013",
      "2016",
      "2019",
      "2023",
    ]);
    expect(headline[0]!.currentTargetPath!.points.map((p) => [p.period, p.value.toNumber()])).toEqual([["2020", 60]]);
  });
});

describe("every KPI", () => {
  it("with series has exactly one headline series, and one holding values when any series does", async () => {
    const kpis = await database.db.kpi.findMany({
      select: { code: true, series: { select: { isHeadline: true, _count: { select: { measurements: true } } } } },
    });
    for (const k of kpis) {
      expect([k.code, k.series.filter((s) => s.isHeadline).length]).toEqual([k.code, 1]);
      const anyValues = k.series.some((s) => s._count.measurements > 0);
      const headlineValues = k.series.find((s) => s.isHeadline)!._count.measurements > 0;
      expect([k.code, headlineValues]).toEqual([k.code, anyValues]);
    }
  });

  it("whose unit the plan leaves unstated ('niet vermeld') has unit UNSPECIFIED unless published figures define it", async () => {
    const kpis = await database.db.kpi.findMany({
      where: { unitLabel: { contains: "niet vermeld" } },
      select: { code: true, unit: true },
    });
    const specified = kpis.filter((k) => k.unit !== "UNSPECIFIED").map((k) => k.code);
    expect(specified.sort()).toEqual(["KPI-DIGI-VAARD", "KPI-LLL"]);
  });

  it("KPI-LLL has its definition: 25-64-year-olds, four-week reference period", async () => {
    const lll = await database.db.kpi.findUniqueOrThrow({ where: { code: "KPI-LLL" }, select: { definitionNl: true } });
    expect(lll.definitionNl).toMatch(/25-64/);
    expect(lll.definitionNl).toMatch(/vier weken/);
  });
});

describe("every commitment", () => {
  it("has status UNKNOWN, since no source reports on its implementation", async () => {
    expect(await count("SELECT count(*) AS n FROM commitment WHERE status <> 'UNKNOWN'")).toBe(0);
    expect(await count("SELECT count(*) AS n FROM commitment WHERE status = 'NOT_STARTED'")).toBe(0);
  });
});

describe("every series", () => {
  it("holds periods of its own frequency only (no yearly series holds a quarter)", async () => {
    const rows = await database.sql<{ frequency: string; period: string }>(
      `SELECT s.frequency, m.period FROM measurement m JOIN series s ON s.id = m.series_id`,
    );
    const frequencyOf = (p: string) =>
      /-Q\d$/.test(p)
        ? "QUARTER"
        : /^\d{4}-\d{2}$/.test(p)
          ? "MONTH"
          : /^\d{4}-\d{4}$/.test(p)
            ? "SCHOOL_YEAR"
            : "YEAR";
    expect(rows.rows.filter((r) => frequencyOf(r.period) !== r.frequency)).toEqual([]);
  });
});

describe("every seeded value", () => {
  it("keeps its source", async () => {
    expect(
      await count(
        "SELECT count(*) AS n FROM measurement_version WHERE source_label IS NULL OR btrim(source_label) = ''",
      ),
    ).toBe(0);
    expect(await count("SELECT count(*) AS n FROM measurement_version")).toBeGreaterThan(30);
  });

  it("and every target revision knows since when it was public, not when it was loaded", async () => {
    expect(await count("SELECT count(*) AS n FROM measurement_version WHERE known_since IS NULL")).toBe(0);
    expect(await count("SELECT count(*) AS n FROM target_path WHERE known_since IS NULL")).toBe(0);
    const wzg = await database.db.targetPath.findMany({
      where: { series: { kpi: { code: "KPI-WZG" }, key: "total" } },
      orderBy: { revision: "asc" },
      select: { knownSince: true },
    });
    expect(wzg.map((r) => r.knownSince!.toISOString().slice(0, 7))).toEqual(["2019-05", "2019-09"]);
  });
});

describe("seeding", () => {
  it("is idempotent: a second run changes nothing", async () => {
    const snapshot = async () =>
      (
        await database.sql<{ t: string; n: string; h: string }>(
          `SELECT 'plan' t, count(*) n, md5(string_agg(code || title_nl || updated_at::text, ',' ORDER BY code)) h FROM plan
           UNION ALL SELECT 'commitment', count(*), md5(string_agg(code || updated_at::text, ',' ORDER BY code)) FROM commitment
           UNION ALL SELECT 'kpi', count(*), md5(string_agg(code || updated_at::text, ',' ORDER BY code)) FROM kpi
           UNION ALL SELECT 'version', count(*), md5(string_agg(id || ':' || value::text, ',' ORDER BY id)) FROM measurement_version
           UNION ALL SELECT 'target', count(*), md5(string_agg(id::text, ',' ORDER BY id)) FROM target_point
           UNION ALL SELECT 'benchmark', count(*), md5(string_agg(id::text, ',' ORDER BY id)) FROM benchmark
           UNION ALL SELECT 'audit', count(*), '' FROM audit_log`,
        )
      ).rows;
    const before = await snapshot();
    const result = await loadReferenceData(database.db);
    expect(result.created).toEqual({});
    expect(await snapshot()).toEqual(before);
  });

  it("loads into an empty database and records the load in the audit log", async () => {
    const empty = await createTestDatabase({ empty: true });
    try {
      const { applyMigrations } = await import("../migrate/index.js");
      await applyMigrations(empty.connection);
      const { created } = await loadReferenceData(empty.db);
      expect(created).toMatchObject({ plan: 3, kpi: 43, commitment: 177 });
      const audit = await empty.db.auditLog.findMany({ select: { action: true, actorLabel: true } });
      expect(audit).toEqual([{ action: "seed.reference", actorLabel: "system:seed" }]);
    } finally {
      await empty.drop();
    }
  });
});
