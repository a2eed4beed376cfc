// Source links are published as clickable links: every write path refuses anything but http(s)
// with a translated message, and stores nothing.
import { describe, expect, it } from "vitest";
import { TEST_BASE_URL, useAdminServer } from "./test-support.js";

const ctx = useAdminServer();

const headers = () => ({ cookie: ctx.admin, origin: TEST_BASE_URL, "content-type": "application/json" });
const trpc = (path: string, input: unknown, lang = "nl") =>
  ctx.server.app.inject({
    method: "POST",
    url: `/trpc/${path}?lang=${lang}`,
    headers: headers(),
    payload: input as object,
  });
const stored = async () =>
  (
    await ctx.database.sql<{ n: string }>(
      `SELECT (SELECT count(*) FROM measurement_version) + (SELECT count(*) FROM target_path)
            + (SELECT count(*) FROM benchmark) + (SELECT count(*) FROM annotation) + (SELECT count(*) FROM audit_log) AS n`,
    )
  ).rows[0]!.n;

const NL = "Een bronlink moet een webadres zijn dat begint met http:// of https://.";
const EN = "A source link must be a web address starting with http:// or https://.";

const writes = (url: string): [string, unknown][] => [
  ["measurement.record", { kpi: "KPI-WZG", period: "2015", value: 77, sourceUrl: url }],
  [
    "target.revise",
    {
      kpi: "KPI-WZG",
      targets: [{ period: "2030", value: 80, source: "Regeerakkoord", sourceUrl: url }],
      justification: "test",
    },
  ],
  [
    "benchmark.create",
    {
      kpi: "KPI-WZG",
      entityCode: "FI",
      entityNl: "Finland",
      entityEn: "Finland",
      value: 77,
      source: "Eurostat",
      sourceUrl: url,
    },
  ],
  [
    "annotation.create",
    { kpi: "KPI-WZG", date: "2020-03-13", titleNl: "COVID-19", titleEn: "COVID-19", sourceUrl: url },
  ],
];

describe("source links over tRPC", () => {
  it.each(writes("javascript:alert(document.cookie)"))(
    "%s refuses a javascript: link and stores nothing",
    async (path, input) => {
      const before = await stored();
      const response = await trpc(path, input);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.data.issues).toContainEqual({
        field: expect.stringMatching(/sourceUrl$/),
        message: NL,
      });
      expect(await stored()).toBe(before);
    },
  );

  it("says why in English on request, for ftp: and data: too", async () => {
    for (const url of ["ftp://ftp.example.org/lfs.csv", "data:text/html,<b>x</b>"]) {
      const response = await trpc("benchmark.create", writes(url)[2]![1], "en");
      expect(response.statusCode).toBe(400);
      expect(response.json().error.data.issues).toContainEqual({ field: "sourceUrl", message: EN });
    }
  });

  it("keeps accepting https links", async () => {
    const response = await trpc(
      "annotation.create",
      writes("https://www.serv.be/serv/publicatie/iedereen-aan-boord")[3]![1],
    );
    expect(response.statusCode).toBe(200);
  });
});

describe("source links over REST", () => {
  const post = (payload: string, contentType: string) =>
    ctx.server.app.inject({
      method: "POST",
      url: "/api/v1/kpis/KPI-WZG/observations",
      headers: { ...headers(), "content-type": contentType },
      payload,
    });

  it("refuses a javascript: link in JSON and names the row", async () => {
    const before = await stored();
    const response = await post(
      JSON.stringify({
        observations: [
          { period: "2015", value: 77, sourceUrl: "https://statbel.fgov.be" },
          { period: "2016", value: 77, sourceUrl: "javascript:alert(1)" },
        ],
      }),
      "application/json",
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.rows).toEqual([{ row: 2, issues: [{ field: "sourceUrl", message: NL }] }]);
    expect(await stored()).toBe(before);
  });

  it("refuses an ftp: link in a CSV source_url column and stores an https one", async () => {
    const bad = await post("period,value,source_url\n1995,77,ftp://example.org/x.csv\n", "text/csv");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.rows[0].issues).toEqual([{ field: "sourceUrl", message: NL }]);
    const good = await post("period,value,source_url\n1995,77,https://statbel.fgov.be/nl\n", "text/csv");
    expect(good.statusCode).toBe(201);
    const version = await ctx.database.sql<{ source_url: string }>(
      `SELECT v.source_url FROM measurement_version v JOIN measurement m ON m.id = v.measurement_id WHERE m.period = '1995'`,
    );
    expect(version.rows.map((r) => r.source_url)).toEqual(["https://statbel.fgov.be/nl"]);
  });
});

describe("source links already stored", () => {
  // Defence in depth: a link stored before the rule (or by a path that skipped it) is never
  // published, in any open-data format or on the KPI page.
  const BAD = "javascript:alert(document.cookie)";

  // The XLSX is written from the same table as the CSV for Excel.
  it("are published empty when they are not http(s), in JSON, the CSVs, the plan and kpi.detail", async () => {
    await ctx.database.sql(`UPDATE measurement_version SET source_url = $1`, [BAD]);
    await ctx.database.sql(`UPDATE target_point SET source_url = $1`, [BAD]);
    await ctx.database.sql(`UPDATE benchmark SET source_url = $1`, [BAD]);
    await ctx.database.sql(`UPDATE annotation SET source_url = $1`, [BAD]);
    const get = (url: string) => ctx.server.app.inject({ method: "GET", url });
    const answers = [
      await get("/api/v1/kpis/KPI-WZG/observations.json"),
      await get("/api/v1/kpis/KPI-WZG/observations.csv"),
      await get("/api/v1/kpis/KPI-WZG/observations.csv?format=excel"),
      await get("/api/v1/plans/IAB"),
      await get("/api/v1/plans/IAB/observations.csv"),
      await get(`/trpc/kpi.detail?input=${encodeURIComponent(JSON.stringify({ code: "KPI-WZG" }))}`),
    ];
    for (const answer of answers) {
      expect(answer.statusCode).toBe(200);
      expect(answer.body).not.toContain("javascript:");
    }
    const detail = answers[5]!.json().result.data;
    expect(detail.chart.points.length).toBeGreaterThan(0);
  });
});
