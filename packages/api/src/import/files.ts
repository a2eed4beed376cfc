import { DomainError } from "@boordtabel/domain";
import type { CellValue } from "exceljs";
import { loadExcel } from "../rest/spreadsheet.js";
import Papa from "papaparse";

export const IMPORT_COLUMNS = [
  "kpi",
  "series",
  "period",
  "value",
  "status",
  "source",
  "comment",
  "reason",
  "expectedVersion",
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export type RawRow = Partial<Record<ImportColumn, string>>;

const cellText = (value: CellValue): string => {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== "object") return String(value);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("result" in value) return value.result === undefined || value.result === null ? "" : cellText(value.result);
  if ("text" in value) return String(value.text);
  return "";
};

function normalise(rows: Record<string, string>[]): RawRow[] {
  return rows
    .map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k.trim(), (v ?? "").trim()])) as RawRow)
    .filter((row) => Object.values(row).some((v) => v !== ""));
}

/** Reads an import file (CSV or the first sheet of an XLSX) into rows keyed by the header. */
export async function readImportFile(format: "csv" | "xlsx", content: Buffer): Promise<RawRow[]> {
  let rows: Record<string, string>[];
  if (format === "csv") {
    const parsed = Papa.parse<Record<string, string>>(content.toString("utf8").replace(/^\uFEFF/, ""), {
      header: true,
      skipEmptyLines: true,
    });
    if (
      !parsed.meta.fields?.includes("kpi") ||
      !parsed.meta.fields.includes("period") ||
      !parsed.meta.fields.includes("value")
    ) {
      throw new DomainError("BAD_INPUT", "import.header");
    }
    rows = parsed.data;
  } else {
    const workbook = new (await loadExcel()).Workbook();
    try {
      await workbook.xlsx.load(content as unknown as ArrayBuffer);
    } catch {
      throw new DomainError("BAD_INPUT", "import.unreadable");
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new DomainError("BAD_INPUT", "import.unreadable");
    const header = (sheet.getRow(1).values as CellValue[]).map(cellText);
    if (!header.includes("kpi") || !header.includes("period") || !header.includes("value"))
      throw new DomainError("BAD_INPUT", "import.header");
    rows = [];
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const values = row.values as CellValue[];
      const entries: [string, string][] = header.map((name, index) => [name, cellText(values[index])]);
      rows.push(Object.fromEntries(entries.filter(([name]) => name !== "")));
    });
  }
  return normalise(rows);
}

/** The template: one row per KPI and expected period, with the version to revise when a value
 *  already exists. */
export async function writeTemplate(format: "csv" | "xlsx", rows: RawRow[]): Promise<Buffer> {
  if (format === "csv") {
    return Buffer.from(
      `${Papa.unparse({ fields: [...IMPORT_COLUMNS], data: rows.map((r) => IMPORT_COLUMNS.map((c) => r[c] ?? "")) }, { newline: "\n" })}\n`,
    );
  }
  const workbook = new (await loadExcel()).Workbook();
  const sheet = workbook.addWorksheet("meetwaarden");
  sheet.addRow([...IMPORT_COLUMNS]);
  for (const r of rows) sheet.addRow(IMPORT_COLUMNS.map((c) => r[c] ?? ""));
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column) => (column.width = 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
