import { DomainError, message, type Locale } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import {
  getKpiObservations,
  getKpiObservationsJson,
  getPlanObservations,
  type KpiObservations,
} from "../kpi/kpi-export.service.js";
import { getPlanDetail, listPlans } from "../plan/plan.service.js";
import { csvTable, spreadsheetTable } from "./observation-table.js";
import { toExcelCsv, toPlainCsv, toXlsx } from "./spreadsheet.js";

export { CSV_COLUMNS, SPREADSHEET_COLUMNS } from "./observation-table.js";

/** Framework-free handlers for the public open-data URLs (a stable contract: extend, never
 *  break). The server maps thrown DomainErrors through toClientError. */
export const CONTENT_TYPES = {
  json: "application/json",
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

export interface RestResponse {
  status: number;
  contentType: (typeof CONTENT_TYPES)[keyof typeof CONTENT_TYPES];
  body: unknown;
  filename?: string;
  /** `attachment` for files meant to be saved (XLSX, CSV for Excel); CSV opens inline. */
  disposition?: "inline" | "attachment";
}

/** What every open-data read accepts besides its path. */
export interface OpenDataOptions {
  locale: Locale;
  /** YYYY-MM-DD: as known at the end of that day. */
  asOf?: string;
  /** `excel`: the CSV dialect for Excel with nl-BE settings. */
  format?: "excel";
}

/** One query value as text: repeated (`?asOf=a&asOf=b`) or nested values are not one date. */
const single = (value: unknown): string | undefined =>
  value === undefined ? undefined : typeof value === "string" ? value : JSON.stringify(value);

/** Reads `asOf` and `format` from a query string; a bad value is a 400 that says what to use. */
export function readOpenDataOptions(query: Record<string, unknown>, locale: Locale): OpenDataOptions {
  const asOf = single(query["asOf"]);
  const format = single(query["format"]);
  if (asOf !== undefined && !isIsoDate(asOf)) throw new DomainError("BAD_INPUT", "date.invalid", { date: asOf });
  if (format !== undefined && format !== "excel") throw new DomainError("BAD_INPUT", "export.format", { format });
  return { locale, ...(asOf ? { asOf } : {}), ...(format ? { format } : {}) };
}

/** A real calendar day written YYYY-MM-DD (2023-02-30 is refused). */
function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

const json = (body: unknown): RestResponse => ({ status: 200, contentType: CONTENT_TYPES.json, body });

const fileName = (code: string, asOf: string | undefined, extension: "csv" | "excel.csv" | "xlsx") =>
  `${code}-observations${asOf ? `-${asOf}` : ""}.${extension}`;

function csv(code: string, kpis: KpiObservations[], options: OpenDataOptions): RestResponse {
  if (options.format === "excel") {
    const body = toExcelCsv(spreadsheetTable(kpis, options.locale));
    return {
      status: 200,
      contentType: CONTENT_TYPES.csv,
      body,
      filename: fileName(code, options.asOf, "excel.csv"),
      disposition: "attachment",
    };
  }
  const body = toPlainCsv(csvTable(kpis));
  return {
    status: 200,
    contentType: CONTENT_TYPES.csv,
    body,
    filename: fileName(code, options.asOf, "csv"),
    disposition: "inline",
  };
}

async function xlsx(code: string, kpis: KpiObservations[], options: OpenDataOptions): Promise<RestResponse> {
  const body = await toXlsx(
    spreadsheetTable(kpis, options.locale),
    message(options.locale, "export.observationsSheet"),
  );
  return {
    status: 200,
    contentType: CONTENT_TYPES.xlsx,
    body,
    filename: fileName(code, options.asOf, "xlsx"),
    disposition: "attachment",
  };
}

export const openData = {
  plans: async (db: Db) => json({ plans: await listPlans(db) }),
  plan: async (db: Db, code: string, options: OpenDataOptions) => json(await getPlanDetail(db, code, options.asOf)),
  // Already JSON text (the server sends a string of type JSON as it is).
  kpiObservationsJson: async (db: Db, code: string, options: OpenDataOptions) =>
    json(await getKpiObservationsJson(db, code, options.asOf)),
  kpiObservationsCsv: async (db: Db, code: string, options: OpenDataOptions) =>
    csv(code, [await getKpiObservations(db, code, options.asOf)], options),
  kpiObservationsXlsx: async (db: Db, code: string, options: OpenDataOptions) =>
    xlsx(code, [await getKpiObservations(db, code, options.asOf)], options),
  planObservationsCsv: async (db: Db, code: string, options: OpenDataOptions) =>
    csv(code, (await getPlanObservations(db, code, options.asOf)).kpis, options),
  planObservationsXlsx: async (db: Db, code: string, options: OpenDataOptions) =>
    xlsx(code, (await getPlanObservations(db, code, options.asOf)).kpis, options),
};
