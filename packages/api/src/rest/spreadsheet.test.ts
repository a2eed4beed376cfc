// CSV injection: every export writes a text cell that a spreadsheet would run as a formula as
// text (OWASP: a leading single quote, and the field quoted), and numbers as numbers.
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { neutraliseFormula, toExcelCsv, toPlainCsv, toXlsx, type Table } from "./spreadsheet.js";

const ATTACK = "=cmd|' /C calc'!A0";
const table: Table = {
  columns: ["kpi", "value", "source", "comment"],
  rows: [
    ["KPI-X", -3.5, ATTACK, "+1 (peak)"],
    ["KPI-X", 2, "@SUM(A1:A2)", "-fell\nsharply"],
    ["KPI-X", null, "\tTab", "\rReturn"],
    ["KPI-X", 0, "Statbel", "a - b = c"],
  ],
  decimals: [1, 1, 1, 1],
};

describe("neutraliseFormula", () => {
  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])("prefixes %j with a single quote", (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it("leaves other text alone", () => {
    expect(neutraliseFormula("Statbel = bron")).toBe("Statbel = bron");
    expect(neutraliseFormula("")).toBe("");
  });
});

describe("the plain CSV", () => {
  it("quotes and neutralises text that starts a formula, and keeps negative numbers numbers", () => {
    const csv = toPlainCsv(table);
    const lines = csv.split("\n");
    expect(lines[0]).toBe("kpi,value,source,comment");
    expect(lines[1]).toBe(`KPI-X,-3.5,"'=cmd|' /C calc'!A0","'+1 (peak)"`);
    expect(csv).toContain(`"'@SUM(A1:A2)","'-fell\nsharply"`);
    expect(csv).toContain(`KPI-X,,"'\tTab","'\rReturn"`);
    expect(csv).toContain("KPI-X,0,Statbel,a - b = c\n");
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(parsed[1]).toEqual(["KPI-X", "-3.5", `'${ATTACK}`, "'+1 (peak)"]);
  });
});

describe("the CSV for Excel", () => {
  it("quotes and neutralises text that starts a formula, and keeps negative numbers numbers", () => {
    const csv = toExcelCsv(table);
    expect(csv).toContain(`KPI-X;-3,5;"'=cmd|' /C calc'!A0";"'+1 (peak)"\r\n`);
    expect(csv).toContain(`"'@SUM(A1:A2)";"'-fell\nsharply"`);
    expect(csv).toContain("KPI-X;0;Statbel;a - b = c\r\n");
  });
});

describe("the XLSX", () => {
  it("writes text that starts a formula as neutralised text, and numbers as numeric cells", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(table, "sheet")) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("sheet")!;
    const first = sheet.getRow(2);
    expect(first.getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(first.getCell(2).value).toBe(-3.5);
    expect(first.getCell(3).type).toBe(ExcelJS.ValueType.String);
    expect(first.getCell(3).value).toBe(`'${ATTACK}`);
    expect(first.getCell(4).value).toBe("'+1 (peak)");
    expect(sheet.getRow(3).getCell(3).value).toBe("'@SUM(A1:A2)");
    expect(sheet.getRow(5).getCell(4).value).toBe("a - b = c");
    for (let r = 1; r <= sheet.rowCount; r++)
      sheet.getRow(r).eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula));
  });
});
