import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import Papa from "papaparse";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer } from "./test-support.js";

let database: TestDatabase;
let server: ReturnType<typeof createTestServer>;
const webDist = mkdtempSync(join(tmpdir(), "boordtabel-web-"));
writeFileSync(join(webDist, "index.html"), "<!doctype html><title>Boordtabel</title><div id=root></div>");

beforeAll(async () => {
  database = await createTestDatabase();
  server = createTestServer(database.db, { webDistDir: webDist });
  await server.app.ready();
});
afterAll(async () => {
  await server.stop();
  await database.drop();
});

const get = (url: string, headers: Record<string, string> = {}) => server.app.inject({ method: "GET", url, headers });

describe("GET /healthz", () => {
  it("answers ok while the database answers", async () => {
    const response = await get("/healthz");
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok" });
  });
});

describe("GET /api/v1/plans", () => {
  it("lists the three reference plans with their sizes", async () => {
    const response = await get("/api/v1/plans");
    expect(response.statusCode).toBe(200);
    const { plans } = response.json<{ plans: { code: string; counts: { commitments: number; kpis: number } }[] }>();
    expect(plans.map((p) => p.code)).toEqual(["IAB", "DIGI", "I40"]);
    expect(plans[0]!.counts).toMatchObject({ commitments: 120, kpis: 43 });
  });
});

describe("GET /api/v1/plans/:code", () => {
  it("returns the IAB tree with pillars, themes, commitments and KPIs with real values", async () => {
    const response = await get("/api/v1/plans/IAB");
    expect(response.statusCode).toBe(200);
    const plan = response.json();
    const pillars = plan.nodes.filter((n: { kind: string }) => n.kind === "pillar");
    expect(pillars.map((p: { title: { en: string } }) => p.title.en)).toEqual([
      "Everyone in work",
      "Keeping everyone in sustainable work",
      "Lifelong learning and development for everyone",
      "Everyone digital",
    ]);
    expect(pillars[0].children.map((t: { number: string }) => t.number)).toEqual(["1.1", "1.2"]);
    expect(plan.commitments).toHaveLength(120);
    const wzg = plan.kpis.find((k: { code: string }) => k.code === "KPI-WZG");
    const total = wzg.series.find((s: { key: string }) => s.key === "total");
    // 2023 final; the verdict itself is the engine's (worked examples in packages/domain)
    expect(total.latest).toMatchObject({ period: "2023", value: 76.8, status: "final" });
    expect(total.explanation.nl).toContain("76,8 % in 2023");
    expect(total.status).toBe("AT_RISK");
    expect(total.explanation.components.ratio).toBeCloseTo(2.2 / 2.6, 6);
    expect(total.forecast.projectedAtTarget.period).toBe("2030");
    expect(total.targetPath.baseline).toMatchObject({ period: "2018", value: 74.6 });
    expect(total.targetPath.targets).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ period: "2020", value: 76, source: "Pact 2020" }),
        expect.objectContaining({ period: "2030", value: 80 }),
      ]),
    );
    expect(wzg.benchmarks.map((b: { entity: string; value: number }) => [b.entity, b.value])).toEqual(
      expect.arrayContaining([
        ["SE", 82.6],
        ["DE", 79.9],
        ["NL", 79.2],
      ]),
    );
  });

  it("answers 404 with a Dutch message for an unknown plan, English on request", async () => {
    const nl = await get("/api/v1/plans/NOPE");
    expect(nl.statusCode).toBe(404);
    expect(nl.json()).toMatchObject({ error: { code: "NOT_FOUND", message: "Plan NOPE bestaat niet." } });
    const en = await get("/api/v1/plans/NOPE?lang=en");
    expect(en.json().error.message).toBe("Plan NOPE does not exist.");
    const header = await get("/api/v1/plans/NOPE", { "accept-language": "en-GB,en;q=0.9" });
    expect(header.json().error.message).toBe("Plan NOPE does not exist.");
  });
});

describe("GET /api/v1/kpis/:code/observations", () => {
  it("returns every series as JSON with the target path and benchmarks", async () => {
    const response = await get("/api/v1/kpis/KPI-WZG/observations.json");
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.kpi).toMatchObject({ code: "KPI-WZG", unit: "percent", frequency: "year" });
    const keys = body.series.map((s: { key: string }) => s.key);
    expect(keys).toEqual(expect.arrayContaining(["total", "geslacht=mannen", "geslacht=vrouwen"]));
    const total = body.series.find((s: { key: string }) => s.key === "total");
    expect(total.observations.find((o: { period: string }) => o.period === "2018")).toMatchObject({
      value: 74.6,
      status: "final",
      source: "Actieplan Iedereen aan boord (SERV, 2019)",
    });
    const periods = total.observations.map((o: { period: string }) => o.period);
    // One series, one frequency: the quarters have their own series.
    expect(periods.slice(periods.indexOf("2020"))).toEqual(["2020", "2022", "2023"]);
    const quarters = body.series.find((s: { key: string }) => s.key === "kwartaal");
    expect(quarters.observations.map((o: { period: string }) => o.period)).toEqual([
      "2019-Q1",
      "2022-Q3",
      "2022-Q4",
      "2024-Q3",
      "2024-Q4",
    ]);
    expect(body.targetPath.targets.map((t: { period: string }) => t.period)).toEqual(["2020", "2024", "2030"]);
    expect(total).toMatchObject({ status: "AT_RISK", explanation: { method: "trajectory" } });
    expect(total.explanation.en).toContain("76.8% in 2023");
    const men = body.series.find((s: { key: string }) => s.key === "geslacht=mannen");
    expect(men).toMatchObject({ status: "NO_TARGET", forecast: { reachedIn: null } });
    // The plan's three comparators (2018), external-facts and more-facts, with corrected years.
    expect(body.benchmarks).toHaveLength(21);
  });

  it("returns one CSV row per observation", async () => {
    const response = await get("/api/v1/kpis/KPI-WZG/observations.csv");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    const parsed = Papa.parse<Record<string, string>>(response.body, { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual([
      "kpi",
      "series",
      "period",
      "value",
      "status",
      "source",
      "source_url",
      "comment",
    ]);
    const json = (await get("/api/v1/kpis/KPI-WZG/observations.json")).json();
    const total = json.series.reduce((n: number, s: { observations: unknown[] }) => n + s.observations.length, 0);
    expect(parsed.data).toHaveLength(total);
    expect(parsed.data).toContainEqual(
      expect.objectContaining({ series: "total", period: "2018", value: "74.6", status: "final" }),
    );
  });

  it.each(["observations.json", "observations.csv"])(
    "answers 404 with a message for an unknown KPI (%s)",
    async (file) => {
      const response = await get(`/api/v1/kpis/KPI-NOPE/${file}`);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({
        error: { code: "NOT_FOUND", message: "Indicator KPI-NOPE bestaat niet." },
      });
    },
  );
});

describe("tRPC over HTTP", () => {
  it("serves plan.list at /trpc", async () => {
    const response = await get("/trpc/plan.list");
    expect(response.statusCode).toBe(200);
    expect(response.json().result.data.map((p: { code: string }) => p.code)).toEqual(["IAB", "DIGI", "I40"]);
  });

  it("maps an unknown plan to NOT_FOUND with a translated message", async () => {
    const input = encodeURIComponent(JSON.stringify({ code: "NOPE" }));
    const response = await get(`/trpc/plan.detail?input=${input}`, { "accept-language": "en" });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toBe("Plan NOPE does not exist.");
  });
});

describe("the web app", () => {
  it("is served at / and for its client-side routes", async () => {
    for (const url of ["/", "/plans/IAB"]) {
      const response = await get(url);
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain("<div id=root></div>");
    }
  });

  it("does not hide unknown API addresses behind the web app", async () => {
    const response = await get("/api/v1/unknown");
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("NOT_FOUND");
  });

  it("sends security headers", async () => {
    const response = await get("/api/v1/plans");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["x-frame-options"]).toBe("DENY");
  });
});
