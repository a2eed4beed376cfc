import { message } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import Papa from "papaparse";
import { planCommitmentRows } from "../commitment/plan-commitments.service.js";
import { CONTENT_TYPES, type OpenDataOptions, type RestResponse } from "./open-data.js";
import { toExcelCsv, toXlsx, type Table } from "./spreadsheet.js";

/** The commitments export: one row per commitment (a stable contract: extend, never break).
 *  Organisations are written as the plan's document names them, separated by " | ". */
export const COMMITMENT_COLUMNS = [
  "code",
  "title",
  "node",
  "kind",
  "status",
  "progress",
  "responsible",
  "partners",
  "deadline",
  "last_update",
] as const;

async function commitmentTable(db: Db, planCode: string, options: OpenDataOptions): Promise<Table> {
  const { plan, rows } = await planCommitmentRows(db, planCode);
  const nodeCode = new Map(plan.nodes.map((n) => [n.id, n.code]));
  return {
    columns: COMMITMENT_COLUMNS,
    rows: rows.map((r) => [
      r.code,
      r.title[options.locale],
      nodeCode.get(r.nodeId) ?? null,
      r.kind,
      r.status,
      r.progress,
      r.responsible.join(" | "),
      r.partners.join(" | "),
      r.deadline,
      r.lastUpdate,
    ]),
  };
}

const fileName = (code: string, extension: "csv" | "excel.csv" | "xlsx") => `${code}-commitments.${extension}`;

export async function planCommitmentsCsv(db: Db, code: string, options: OpenDataOptions): Promise<RestResponse> {
  const table = await commitmentTable(db, code, options);
  if (options.format === "excel")
    return {
      status: 200,
      contentType: CONTENT_TYPES.csv,
      body: toExcelCsv(table),
      filename: fileName(code, "excel.csv"),
      disposition: "attachment",
    };
  const data = table.rows.map((row) => row.map((cell) => cell ?? ""));
  return {
    status: 200,
    contentType: CONTENT_TYPES.csv,
    body: `${Papa.unparse({ fields: [...table.columns], data }, { newline: "\n" })}\n`,
    filename: fileName(code, "csv"),
    disposition: "inline",
  };
}

export async function planCommitmentsXlsx(db: Db, code: string, options: OpenDataOptions): Promise<RestResponse> {
  const table = await commitmentTable(db, code, options);
  return {
    status: 200,
    contentType: CONTENT_TYPES.xlsx,
    body: await toXlsx(table, message(options.locale, "export.commitmentsSheet")),
    filename: fileName(code, "xlsx"),
    disposition: "attachment",
  };
}
