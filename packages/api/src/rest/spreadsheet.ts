import Papa from "papaparse";

/** One table cell: numbers stay numbers until the dialect decides how to write them. */
export type Cell = string | number | null;

export interface Table {
  columns: readonly string[];
  rows: Cell[][];
  /** Decimals to show per row in number cells (the KPI's own), for XLSX. */
  decimals?: number[];
}

/** A spreadsheet runs a text cell starting with one of these as a formula (CSV injection):
 *  `=`, `+`, `-`, `@`, tab and carriage return (OWASP). */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell as every export writes it: one that a spreadsheet could take for a formula gets
 *  a leading single quote, so it stays text (OWASP). Only text is touched: numbers are written
 *  as numbers, so a negative value stays a number. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The open-data CSV (RFC 4180: `,`, `\n`, a field quoted when it needs to be), with every text
 *  cell that could start a formula neutralised and quoted. */
export function toPlainCsv(table: Table): string {
  const data = table.rows.map((row) => row.map((cell) => cell ?? ""));
  return `${Papa.unparse({ fields: [...table.columns], data }, { newline: "\n", escapeFormulae: FORMULA_START })}\n`;
}

/** The CSV that Excel with Belgian (nl-BE) settings opens as columns and numbers on a double
 *  click: `;` between fields, decimal comma, no thousands separator, CRLF, and a UTF-8 byte
 *  order mark so accents survive. Fields with `;`, quotes or line breaks are quoted, and so is
 *  a neutralised formula. */
export function toExcelCsv(table: Table): string {
  const cell = (value: Cell): string => {
    if (value === null) return "";
    if (typeof value === "number") return String(value).replace(".", ",");
    const text = neutraliseFormula(value);
    const quoted = text !== value || /[;"\r\n]/.test(text) || text !== text.trim();
    return quoted ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [table.columns.map(cell), ...table.rows.map((row) => row.map(cell))].map((cells) => cells.join(";"));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** The same table as an XLSX workbook of one sheet: a bold, frozen header row, numbers as
 *  numeric cells shown with the row's decimals, text cells neutralised like the CSVs'. */
export async function toXlsx(table: Table, sheetName: string): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow([...table.columns]);
  sheet.getRow(1).font = { bold: true };
  table.rows.forEach((cells, index) => {
    const row = sheet.addRow(cells.map((c) => (typeof c === "string" ? neutraliseFormula(c) : (c ?? undefined))));
    const decimals = table.decimals?.[index];
    if (decimals === undefined) return;
    const format = decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
    cells.forEach((c, i) => {
      if (typeof c === "number") row.getCell(i + 1).numFmt = format;
    });
  });
  sheet.columns.forEach((column) => (column.width = 16));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** ExcelJS, loaded on the first workbook read or written: it holds about 8 MB of heap that every
 *  garbage collection would otherwise mark, for a format most servers rarely serve. */
export const loadExcel = () => import("exceljs").then((module) => module.default);
