// The spreadsheet exports and `?asOf=` of the open-data URLs, read back as their users would:
// the Excel CSV as Excel with Belgian (nl-BE) settings parses it.
import { COMMITMENT_COLUMNS, SPREADSHEET_COLUMNS } from "@boordtabel/api";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { TEST_BASE_URL, useAdminServer } from "./test-support.js";

/** A stored text that a spreadsheet would run as a command (CSV injection). */
const ATTACK = "=cmd|' /C calc'!A0";

const ctx = useAdminServer(async (database) => {
  // Text that needs quoting, and text Excel would run as a formula.
  await database.sql(`
    UPDATE measurement_version v SET source_label = 'Statbel; EAK "definitief"', comment = '=HYPERLINK("x")'
      FROM measurement m JOIN series s ON s.id = m.series_id JOIN kpi k ON k.id = s.kpi_id
     WHERE v.measurement_id = m.id AND k.code = 'KPI-WZG' AND s.key = 'total' AND m.period = '2020'`);
  await database.sql(
    `UPDATE measurement_version v SET source_label = $1, comment = '-2 % t.o.v. 2018'
       FROM measurement m JOIN series s ON s.id = m.series_id JOIN kpi k ON k.id = s.kpi_id
      WHERE v.measurement_id = m.id AND k.code = 'KPI-WZG' AND s.key = 'total' AND m.period = '2019'`,
    [ATTACK],
  );
});

const get = (url: string) => ctx.server.app.inject({ method: "GET", url });

/** Opens the file as Excel with nl-BE settings does: UTF-8 only with a BOM, `;` between
 *  fields, CRLF between records, "…" quoting, and a number where the text is one with a
 *  decimal comma (so a year such as 2018 becomes a number too). */
function openAsExcelNlBe(raw: Buffer): Record<string, string | number>[] {
  expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = raw.subarray(3).toString("utf8");
  expect(text.endsWith("\r\n")).toBe(true);
  expect(text.replace(/"[^"]*"/g, "").replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  const parsed = Papa.parse<string[]>(text, { delimiter: ";", newline: "\r\n", skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header, ...rows] = parsed.data;
  return rows.map((cells) =>
    Object.fromEntries(
      cells.map((cell, i) => [header![i]!, /^-?\d+(,\d+)?$/.test(cell) ? Number(cell.replace(",", ".")) : cell]),
    ),
  );
}

describe("GET /api/v1/kpis/:code/observations.csv?format=excel", () => {
  it("opens in Excel with nl-BE settings as columns and numbers with a decimal comma", async () => {
    const response = await get("/api/v1/kpis/KPI-WZG/observations.csv?format=excel");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toBe('attachment; filename="KPI-WZG-observations.excel.csv"');
    expect(response.body).toContain(";74,6;");
    const rows = openAsExcelNlBe(response.rawPayload);
    const json = (await get("/api/v1/kpis/KPI-WZG/observations.json")).json();
    expect(Object.keys(rows[0]!)).toEqual([...SPREADSHEET_COLUMNS]);
    const total = rows.filter((r) => r["series"] === "total");
    expect(total.find((r) => r["period"] === 2018)).toMatchObject({
      kpi: "KPI-WZG",
      kpi_name: json.kpi.name.nl,
      unit: "percent",
      frequency: "year",
      value: 74.6,
      value_status: "final",
      target: 74.6,
    });
    for (const row of rows) expect(["provisional", "final", "estimate"]).toContain(row["value_status"]);
    const pact = total.find((r) => r["period"] === 2020)!;
    expect(pact).toMatchObject({ value: 74.7, target: 76, source: 'Statbel; EAK "definitief"' });
    expect(new Set(total.map((r) => r["status"])).size).toBe(1);
    expect(total[0]!["status"]).toBe(json.series.find((s: { key: string }) => s.key === "total").status);
    expect(rows).toHaveLength(
      json.series.reduce((n: number, s: { observations: unknown[] }) => n + s.observations.length, 0),
    );
    for (const row of rows) expect(typeof row["value"]).toBe("number");
  });

  it("gives the KPI name in English with ?lang=en", async () => {
    const rows = openAsExcelNlBe((await get("/api/v1/kpis/KPI-WZG/observations.csv?format=excel&lang=en")).rawPayload);
    expect(rows[0]!["kpi_name"]).toBe("Employment rate Flanders (total)");
  });

  it("keeps the plain CSV's columns and line ends", async () => {
    const plain = await get("/api/v1/kpis/KPI-WZG/observations.csv");
    expect(plain.headers["content-disposition"]).toBe('inline; filename="KPI-WZG-observations.csv"');
    expect(plain.body.split("\n")[0]).toBe("kpi,series,period,value,status,source,source_url,comment");
    expect(plain.body).not.toContain("\r\n");
  });
});

describe("formula injection in the CSV exports", () => {
  it("the plain CSV writes a stored =cmd|… source and a formula comment as quoted text with a leading quote", async () => {
    const plain = (await get("/api/v1/kpis/KPI-WZG/observations.csv")).body;
    expect(plain).toMatch(
      /\nKPI-WZG,total,2019,[\d.]+,final,"'=cmd\|' \/C calc'!A0",https:[^,]*,"'-2 % t.o.v. 2018"\n/,
    );
    expect(plain).toContain(`"'=HYPERLINK(""x"")"`);
    const rows = Papa.parse<Record<string, string>>(plain, { header: true, skipEmptyLines: true }).data;
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@\t\r]/);
  });

  it("the CSV for Excel does the same, and values stay numbers", async () => {
    const rows = openAsExcelNlBe((await get("/api/v1/kpis/KPI-WZG/observations.csv?format=excel")).rawPayload);
    const row2019 = rows.find((r) => r["series"] === "total" && r["period"] === 2019)!;
    expect(row2019["source"]).toBe(`'${ATTACK}`);
    for (const row of rows) {
      expect(typeof row["value"]).toBe("number");
      for (const cell of Object.values(row)) expect(String(cell)).not.toMatch(/^[=+@\t\r]/);
    }
  });
});

describe("GET /api/v1/kpis/:code/observations.xlsx", () => {
  // The workbook itself is read back in packages/api (rest/open-data.test.ts).
  it("is served as a download of an XLSX file", async () => {
    const response = await get("/api/v1/kpis/KPI-WZG/observations.xlsx");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers["content-disposition"]).toBe('attachment; filename="KPI-WZG-observations.xlsx"');
    expect(response.rawPayload.subarray(0, 2).toString()).toBe("PK");
  });
});

describe("GET /api/v1/plans/:code/observations.csv and .xlsx", () => {
  const publishedSeries = async (plan: string) =>
    (
      await ctx.database.sql<{ key: string }>(
        `SELECT DISTINCT k.code || '|' || s.key AS key
           FROM measurement m JOIN measurement_version v ON v.id = m.published_version_id AND NOT v.withdrawn
           JOIN series s ON s.id = m.series_id JOIN kpi k ON k.id = s.kpi_id JOIN plan p ON p.id = k.plan_id
          WHERE p.code = $1 AND k.archived_at IS NULL`,
        [plan],
      )
    ).rows
      .map((r) => r.key)
      .sort();

  it("holds every series of every KPI of the plan, in every format", async () => {
    const expected = await publishedSeries("IAB");
    expect(expected.length).toBeGreaterThan(20);
    const plain = await get("/api/v1/plans/IAB/observations.csv");
    expect(plain.statusCode).toBe(200);
    expect(plain.headers["content-disposition"]).toBe('inline; filename="IAB-observations.csv"');
    const rows = Papa.parse<Record<string, string>>(plain.body, { header: true, skipEmptyLines: true }).data;
    expect([...new Set(rows.map((r) => `${r["kpi"]}|${r["series"]}`))].sort()).toEqual(expected);

    const excel = openAsExcelNlBe((await get("/api/v1/plans/IAB/observations.csv?format=excel")).rawPayload);
    expect([...new Set(excel.map((r) => `${r["kpi"]}|${r["series"]}`))].sort()).toEqual(expected);
    expect(excel).toHaveLength(rows.length);

    const xlsx = await get("/api/v1/plans/IAB/observations.xlsx?lang=en");
    expect(xlsx.headers["content-disposition"]).toBe('attachment; filename="IAB-observations.xlsx"');
  });

  it("answers 404 with a message for an unknown plan", async () => {
    const response = await get("/api/v1/plans/NOPE/observations.xlsx");
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: "NOT_FOUND", message: "Plan NOPE bestaat niet." } });
  });
});

describe("?asOf=YYYY-MM-DD", () => {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

  it("shows what had been published by the end of that day, in every read", async () => {
    const recorded = await ctx.server.app.inject({
      method: "POST",
      url: "/api/v1/kpis/KPI-WZG/observations",
      headers: { cookie: ctx.admin, origin: TEST_BASE_URL, "content-type": "application/json" },
      payload: { observations: [{ period: "2026", value: 77.1, workflow: "validated", source: "Statbel" }] },
    });
    expect(recorded.statusCode).toBe(201);
    const has2026 = async (query: string) => {
      const json = (await get(`/api/v1/kpis/KPI-WZG/observations.json${query}`)).json();
      const total = json.series.find((s: { key: string }) => s.key === "total");
      const csv = (await get(`/api/v1/kpis/KPI-WZG/observations.csv${query}`)).body;
      const planCsv = (await get(`/api/v1/plans/IAB/observations.csv${query}`)).body;
      const plan = (await get(`/api/v1/plans/IAB${query}`)).json();
      const latest = plan.kpis
        .find((k: { code: string }) => k.code === "KPI-WZG")
        .series.find((s: { key: string }) => s.key === "total").latest;
      const found = [
        total.observations.some((o: { period: string }) => o.period === "2026"),
        csv.includes("KPI-WZG,total,2026,77.1"),
        planCsv.includes("KPI-WZG,total,2026,77.1"),
        latest?.period === "2026",
      ];
      return { found, asOf: [json.asOf, plan.asOf] };
    };
    expect(await has2026("")).toEqual({ found: [true, true, true, true], asOf: [null, null] });
    expect(await has2026(`?asOf=${day(0)}`)).toEqual({ found: [true, true, true, true], asOf: [day(0), day(0)] });
    expect(await has2026(`?asOf=${day(-1)}`)).toEqual({
      found: [false, false, false, false],
      asOf: [day(-1), day(-1)],
    });
    const file = await get(`/api/v1/kpis/KPI-WZG/observations.xlsx?asOf=${day(-1)}`);
    expect(file.headers["content-disposition"]).toBe(`attachment; filename="KPI-WZG-observations-${day(-1)}.xlsx"`);
  });

  it.each([
    "/api/v1/plans",
    "/api/v1/plans/IAB",
    "/api/v1/plans/IAB/observations.csv",
    "/api/v1/plans/IAB/observations.xlsx",
    "/api/v1/kpis/KPI-WZG/observations.json",
    "/api/v1/kpis/KPI-WZG/observations.csv",
    "/api/v1/kpis/KPI-WZG/observations.xlsx",
  ])("refuses a date that does not exist with a clear 400 (%s)", async (path) => {
    const nl = await get(`${path}?asOf=2023-02-30`);
    expect(nl.statusCode).toBe(400);
    expect(nl.json()).toMatchObject({
      error: { code: "BAD_INPUT", message: "Datum 2023-02-30 is ongeldig (gebruik JJJJ-MM-DD)." },
    });
    const en = await get(`${path}?asOf=30/06/2023&lang=en`);
    expect(en.json().error.message).toBe("Date 30/06/2023 is invalid (use YYYY-MM-DD).");
  });

  it("refuses an unknown format", async () => {
    const response = await get("/api/v1/kpis/KPI-WZG/observations.csv?format=libreoffice");
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: "BAD_INPUT",
      message: "Onbekend formaat libreoffice: laat het weg of gebruik format=excel.",
    });
  });
});

describe("GET /api/v1/plans/:code/commitments.csv and .xlsx", () => {
  it("hold DIGI's 50 building blocks with status and organisations, in every format", async () => {
    await ctx.database.sql(`UPDATE commitment SET status = 'DELAYED' WHERE code = 'DIGI-B09'`);
    const plain = await get("/api/v1/plans/DIGI/commitments.csv");
    expect(plain.statusCode).toBe(200);
    expect(plain.headers["content-disposition"]).toBe('inline; filename="DIGI-commitments.csv"');
    const parsed = Papa.parse<Record<string, string>>(plain.body, { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual([...COMMITMENT_COLUMNS]);
    const rows = parsed.data;
    expect(rows).toHaveLength(50);
    expect(new Set(rows.map((r) => r["code"])).size).toBe(50);
    expect(rows.find((r) => r["code"] === "DIGI-B09")).toMatchObject({
      status: "delayed",
      partners: "onderwijs- en opleidingsinstellingen | leerkrachten en trainers",
    });
    expect(rows.filter((r) => r["status"] === "unknown")).toHaveLength(49);

    const excel = openAsExcelNlBe((await get("/api/v1/plans/DIGI/commitments.csv?format=excel")).rawPayload);
    expect(excel).toHaveLength(50);
    expect(Object.keys(excel[0]!)).toEqual([...COMMITMENT_COLUMNS]);
    expect(excel.find((r) => r["code"] === "DIGI-B09")).toMatchObject({ status: "delayed" });

    const xlsx = await get("/api/v1/plans/DIGI/commitments.xlsx");
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers["content-disposition"]).toBe('attachment; filename="DIGI-commitments.xlsx"');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe("PK");
  });

  it("answers 404 with a message for an unknown plan", async () => {
    const response = await get("/api/v1/plans/NOPE/commitments.csv");
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: "NOT_FOUND", message: "Plan NOPE bestaat niet." } });
  });
});
