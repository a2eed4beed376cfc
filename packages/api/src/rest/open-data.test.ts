import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openData, SPREADSHEET_COLUMNS } from "./open-data.js";
import { addYearlyKpis } from "../testing/grow-plan.js";

const statements: string[] = [];
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase({ db: { onQuery: (sql) => statements.push(sql) } });
});
afterAll(() => database.drop());

async function sheetOf(body: unknown, name: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as ArrayBuffer);
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1);
  const rows = sheet.getRows(2, sheet.rowCount - 1) ?? [];
  const cell = (row: ExcelJS.Row, column: (typeof SPREADSHEET_COLUMNS)[number]) =>
    row.getCell(SPREADSHEET_COLUMNS.indexOf(column) + 1);
  return { header, rows, cell };
}

describe("the XLSX export", () => {
  it("reads back with a header row, a named sheet and numbers as numeric cells", async () => {
    const response = await openData.kpiObservationsXlsx(database.db, "KPI-WZG", { locale: "nl" });
    expect(response.filename).toBe("KPI-WZG-observations.xlsx");
    const { header, rows, cell } = await sheetOf(response.body, "meetwaarden");
    expect(header).toEqual([...SPREADSHEET_COLUMNS]);
    const at = (series: string, period: string) =>
      rows.find((r) => cell(r, "series").value === series && cell(r, "period").value === period)!;
    const baseline = at("total", "2018");
    expect(cell(baseline, "value").type).toBe(ExcelJS.ValueType.Number);
    expect(cell(baseline, "value").value).toBe(74.6);
    expect(cell(baseline, "value").numFmt).toBe("#,##0.0");
    expect(cell(baseline, "value_status").value).toBe("final");
    expect(cell(at("total", "2020"), "target").value).toBe(76);
    expect(cell(at("total", "2020"), "target").type).toBe(ExcelJS.ValueType.Number);
    // Between targets the planned value is interpolated, without float noise.
    expect(cell(at("total", "2019"), "target").value).toBe(75.3);
    for (const row of rows) expect(cell(row, "value").type).toBe(ExcelJS.ValueType.Number);
  });

  it("writes a stored =cmd|… title, source or comment as neutralised text, never a formula", async () => {
    const attack = "=cmd|' /C calc'!A0";
    await database.sql(`UPDATE kpi SET name_nl = $1 WHERE code = 'KPI-LLL'`, [attack]);
    await database.sql(
      `UPDATE measurement_version v SET source_label = $1
         FROM measurement m JOIN series s ON s.id = m.series_id JOIN kpi k ON k.id = s.kpi_id
        WHERE v.measurement_id = m.id AND k.code = 'KPI-LLL' AND s.key = 'total'`,
      ["@SUM(1+1)*cmd"],
    );
    const response = await openData.planObservationsXlsx(database.db, "IAB", { locale: "nl" });
    const { rows, cell } = await sheetOf(response.body, "meetwaarden");
    const lll = rows.filter((r) => cell(r, "kpi").value === "KPI-LLL" && cell(r, "series").value === "total");
    expect(lll.length).toBeGreaterThan(0);
    for (const row of lll) {
      expect(cell(row, "kpi_name").value).toBe(`'${attack}`);
      expect(cell(row, "source").value).toBe("'@SUM(1+1)*cmd");
      expect(cell(row, "value").type).toBe(ExcelJS.ValueType.Number);
    }
    for (const row of rows) row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula));
  });

  it("holds every series of every KPI of the plan, in English on request", async () => {
    const response = await openData.planObservationsXlsx(database.db, "IAB", { locale: "en" });
    const { rows, cell } = await sheetOf(response.body, "observations");
    const published = await database.sql<{ n: string }>(
      `SELECT count(*) AS n FROM measurement m JOIN measurement_version v ON v.id = m.published_version_id AND NOT v.withdrawn
         JOIN series s ON s.id = m.series_id JOIN kpi k ON k.id = s.kpi_id JOIN plan p ON p.id = k.plan_id
        WHERE p.code = 'IAB' AND k.archived_at IS NULL`,
    );
    expect(rows).toHaveLength(Number(published.rows[0]!.n));
    expect(new Set(rows.map((r) => cell(r, "kpi").value)).size).toBeGreaterThan(5);
    const wzg = rows.find((r) => cell(r, "kpi").value === "KPI-WZG")!;
    expect(cell(wzg, "kpi_name").value).toBe("Employment rate Flanders (total)");
  });
});

describe("the plan export", () => {
  it("uses the same number of SQL statements however many KPIs and values the plan has", async () => {
    const count = async () => {
      statements.length = 0;
      await openData.planObservationsCsv(database.db, "IAB", { locale: "nl" });
      return statements.length;
    };
    const before = await count();
    await addYearlyKpis(database, "IAB", 30);
    await database.sql(`
      WITH m AS (INSERT INTO measurement (series_id, period, period_start, period_end, current_version)
                 SELECT s.id, y::text, make_date(y, 1, 1), make_date(y, 12, 31), 1
                   FROM series s JOIN kpi k ON k.id = s.kpi_id, generate_series(2000, 2020) y
                  WHERE k.code LIKE 'KPI-X%' RETURNING id)
      INSERT INTO measurement_version (measurement_id, version, value, workflow, submitted_at, validated_at)
      SELECT id, 1, 60, 'VALIDATED', now(), now() FROM m`);
    await database.sql(
      `UPDATE measurement m SET published_version_id = v.id FROM measurement_version v
        WHERE v.measurement_id = m.id AND m.published_version_id IS NULL AND v.workflow = 'VALIDATED'`,
    );
    expect(await count()).toBe(before);
    expect(before).toBeLessThanOrEqual(10);
    const csv = await openData.planObservationsCsv(database.db, "IAB", { locale: "nl" });
    expect(String(csv.body)).toContain("KPI-X30,total,2020,60,final");
  });
});
