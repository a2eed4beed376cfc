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

  it("has the benchmarks Sweden 82,6, Germany 79,9 and Netherlands 79,2 with no year, as the plan gives them", async () => {
    const benchmarks = await database.db.benchmark.findMany({
      where: { kpi: { code: "KPI-WZG" }, entityCode: { in: ["SE", "DE", "NL"] } },
      select: { entityCode: true, value: true, period: true },
      orderBy: { entityCode: "asc" },
    });
    expect(benchmarks.map((b) => [b.entityCode, b.value.toNumber(), b.period])).toEqual([
      ["DE", 79.9, null],
      ["NL", 79.2, null],
      ["SE", 82.6, null],
    ]);
  });

  it("carries the published history 1999-2024 with its sources, the 2022 figure provisional", async () => {
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
    expect(byPeriod["2022"]!.status).toBe("PROVISIONAL");
    expect(byPeriod["2019"]!.source_url).toMatch(/^https:\/\/statistiekvlaanderen\.be/);
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
