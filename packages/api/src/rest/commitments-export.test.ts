import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planCommitments } from "../commitment/plan-commitments.service.js";
import { COMMITMENT_COLUMNS, planCommitmentsXlsx } from "./commitments-export.js";

let database: TestDatabase;
const statements: string[] = [];
beforeAll(async () => {
  database = await createTestDatabase({ db: { onQuery: (sql) => statements.push(sql) } });
});
afterAll(() => database.drop());

describe("the commitments XLSX export", () => {
  it("holds DIGI's 50 building blocks with their status and the organisations that carry them", async () => {
    await database.sql(`UPDATE commitment SET status = 'IN_PROGRESS' WHERE code = 'DIGI-B04'`);
    const response = await planCommitmentsXlsx(database.db, "DIGI", { locale: "nl" });
    expect(response.filename).toBe("DIGI-commitments.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as ArrayBuffer);
    const sheet = workbook.getWorksheet("engagementen")!;
    expect((sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1)).toEqual([...COMMITMENT_COLUMNS]);
    const rows = (sheet.getRows(2, sheet.rowCount - 1) ?? []).map((row) =>
      Object.fromEntries(COMMITMENT_COLUMNS.map((c, i) => [c, row.getCell(i + 1).value])),
    );
    expect(rows).toHaveLength(50);
    expect(rows.every((r) => typeof r["status"] === "string")).toBe(true);
    expect(rows.find((r) => r["code"] === "DIGI-B04")).toMatchObject({
      title: expect.any(String),
      node: "DIGI-3.1",
      status: "in_progress",
    });
    expect(rows.find((r) => r["code"] === "DIGI-B01")!["partners"]).toBe(
      "(hertekende) bedrijfstakken of -clusters | sectorale opleidingsfondsen",
    );
  });
});

describe("a plan's commitments", () => {
  it("are read with the same number of SQL statements for 7 or 120 commitments", async () => {
    const count = async (plan: string) => {
      statements.length = 0;
      await planCommitments(database.db, { plan });
      return statements.length;
    };
    const small = await count("I40");
    expect(small).toBeGreaterThan(0);
    expect(await count("IAB")).toBe(small);
  });
});
