// SPEC §2 honesty in the open data: every series says its frequency, whether it is stale and
// what was expected, and the verdict on each past target; roll-ups say on how much they rest.
import { isProgressVerdict, type Status } from "@boordtabel/domain";
import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer } from "./test-support.js";

let database: TestDatabase;
let server: ReturnType<typeof createTestServer>;

beforeAll(async () => {
  database = await createTestDatabase();
  server = createTestServer(database.db);
  await server.app.ready();
});
afterAll(async () => {
  await server.stop();
  await database.drop();
});

const get = async (url: string) => {
  const response = await server.app.inject({ method: "GET", url });
  expect(response.statusCode).toBe(200);
  return response;
};

interface Series {
  key: string;
  frequency: string;
  headline: boolean;
  status: Status;
  stale: boolean;
  expectedLatestPeriod: string | null;
  pastTargets: { period: string; target: number; kind: string; actual: number | null; achieved: boolean | null }[];
  targetPath: { targets: { period: string; kind: string }[] } | null;
}
interface Kpi {
  code: string;
  status: Status;
  headlineSeries: string | null;
  publicationLagMonths: number | null;
  series: Series[];
}
interface Node {
  code: string;
  kind: string;
  kpis: string[];
  coverage: { assessed: number; total: number };
  children: Node[];
}

const FREQUENCIES = ["year", "school_year", "quarter", "month"];
const KINDS = ["target", "milestone", "indicative"];

describe("every series in the open data", () => {
  it("carries its frequency, staleness, expected latest period, past targets and target kinds", async () => {
    const plan = (await get("/api/v1/plans/IAB")).json<{ kpis: Kpi[] }>();
    const kpi = (await get("/api/v1/kpis/KPI-WZG/observations.json")).json<{ kpi: Kpi; series: Series[] }>();
    for (const series of [...plan.kpis.flatMap((k) => k.series), ...kpi.series]) {
      expect(FREQUENCIES).toContain(series.frequency);
      expect(typeof series.stale).toBe("boolean");
      expect(series).toHaveProperty("expectedLatestPeriod");
      expect(Array.isArray(series.pastTargets)).toBe(true);
      for (const t of series.targetPath?.targets ?? []) expect(KINDS).toContain(t.kind);
    }
    for (const k of plan.kpis) expect(k).toHaveProperty("publicationLagMonths");
    expect(kpi.kpi).toHaveProperty("publicationLagMonths");
    const total = kpi.series.find((s) => s.key === "total")!;
    const headline = kpi.series.find((s) => s.headline)!;
    expect(kpi.kpi).toMatchObject({ headlineSeries: headline.key, status: headline.status });
    expect(total.pastTargets).toContainEqual(
      expect.objectContaining({ period: "2020", target: 76, kind: "target", actual: 74.7, achieved: false }),
    );
  });

  it("gives each series its own frequency, in the JSON and in the spreadsheet rows", async () => {
    await database.sql(`
      WITH s AS (INSERT INTO series (kpi_id, key, is_total, is_headline, frequency, label_nl, label_en)
                 SELECT id, 'test-kwartaal', false, false, 'QUARTER', 'Per kwartaal', 'Quarterly' FROM kpi WHERE code = 'KPI-WZG'
                 RETURNING id),
           m AS (INSERT INTO measurement (series_id, period, period_start, period_end, current_version)
                 SELECT id, '2025-Q2', '2025-04-01', '2025-06-30', 1 FROM s RETURNING id)
      INSERT INTO measurement_version (measurement_id, version, value, workflow, submitted_at, validated_at)
      SELECT id, 1, 77.5, 'VALIDATED', now(), now() FROM m`);
    // A statement does not see its own CTEs' inserts: publish in a second one.
    await database.sql(`
      UPDATE measurement m SET published_version_id = v.id FROM measurement_version v
       WHERE v.measurement_id = m.id AND m.published_version_id IS NULL AND m.period = '2025-Q2' AND m.series_id = (SELECT id FROM series WHERE key = 'test-kwartaal')`);
    const kpi = (await get("/api/v1/kpis/KPI-WZG/observations.json")).json<{ kpi: Kpi; series: Series[] }>();
    expect(kpi.kpi).toMatchObject({ frequency: "year" });
    expect(kpi.series.find((s) => s.key === "test-kwartaal")).toMatchObject({ frequency: "quarter", headline: false });
    const csv = (await get("/api/v1/kpis/KPI-WZG/observations.csv?format=excel")).body;
    expect(csv).toContain("\r\nKPI-WZG;Werkzaamheidsgraad");
    expect(csv).toMatch(/;quarter;test-kwartaal;2025-Q2;77,5;final;/);
    const plan = (await get("/api/v1/plans/IAB")).json<{
      kpis: (Kpi & { series: { key: string; latest: unknown }[] })[];
    }>();
    const wzg = plan.kpis.find((k) => k.code === "KPI-WZG")!;
    expect(wzg.series.find((s) => s.key === "test-kwartaal")).toMatchObject({
      frequency: "quarter",
      latest: { period: "2025-Q2", value: 77.5 },
    });
  });

  it("judges staleness on the as-of date", async () => {
    const expected = async (query: string) => {
      const kpi = (await get(`/api/v1/kpis/KPI-WZG/observations.json${query}`)).json<{ series: Series[] }>();
      return kpi.series.find((s) => s.frequency === "year" && s.headline)?.expectedLatestPeriod;
    };
    expect(Number(await expected("?asOf=2021-06-30"))).toBeLessThanOrEqual(2020);
    const today = await expected("");
    expect(Number(today)).toBeGreaterThanOrEqual(Number(new Date().toISOString().slice(0, 4)) - 3);
    // A date still to come knows no more than today, and is not judged as if it had come.
    expect(await expected("?asOf=2099-12-31")).toBe(today);
  });

  it("shows an indicative point as such and never judges it as a past target", async () => {
    await database.sql(`
      UPDATE target_point p SET kind = 'INDICATIVE'
        FROM target_path t JOIN series s ON s.current_target_path_id = t.id JOIN kpi k ON k.id = s.kpi_id
       WHERE p.target_path_id = t.id AND k.code = 'KPI-WZG' AND p.period = '2024'`);
    const kpi = (await get("/api/v1/kpis/KPI-WZG/observations.json")).json<{ series: Series[] }>();
    const withPoint = kpi.series.find((s) => s.targetPath?.targets.some((t) => t.period === "2024"))!;
    expect(withPoint.targetPath!.targets.find((t) => t.period === "2024")!.kind).toBe("indicative");
    expect(withPoint.pastTargets.map((t) => t.period)).not.toContain("2024");
  });
});

describe("coverage in the plan JSON", () => {
  it("says on how many KPIs the plan and each node rest, from the headline series' verdicts", async () => {
    const plan = (await get("/api/v1/plans/IAB")).json<{
      coverage: { assessed: number; total: number };
      kpis: Kpi[];
      nodes: Node[];
    }>();
    for (const k of plan.kpis) {
      const headline = k.series.find((s) => s.headline);
      expect(k.headlineSeries).toBe(headline?.key ?? null);
      expect(k.status).toBe(headline?.status ?? "NO_DATA");
    }
    const assessed = (codes: Iterable<string>) =>
      [...codes].filter((c) => isProgressVerdict(plan.kpis.find((k) => k.code === c)!.status)).length;
    expect(plan.coverage).toEqual({ assessed: assessed(plan.kpis.map((k) => k.code)), total: 43 });
    expect(plan.coverage.assessed).toBeGreaterThan(0);
    const under = (node: Node): Set<string> => new Set([...node.kpis, ...node.children.flatMap((c) => [...under(c)])]);
    const pillars = plan.nodes.filter((n) => n.kind === "pillar");
    expect(pillars).toHaveLength(4);
    const check = (node: Node) => {
      const codes = under(node);
      expect(node.coverage).toEqual({ assessed: assessed(codes), total: codes.size });
      node.children.forEach(check);
    };
    plan.nodes.forEach(check);
    expect(pillars.some((p) => p.coverage.total > 0)).toBe(true);
  });

  it("is computed on the as-of date too", async () => {
    const plan = (await get("/api/v1/plans/IAB?asOf=2019-01-01")).json<{
      coverage: { assessed: number; total: number };
    }>();
    expect(plan.coverage.total).toBe(43);
    expect(plan.coverage.assessed).toBeLessThanOrEqual(43);
  });
});
