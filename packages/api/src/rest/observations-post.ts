import { DomainError, parseDecimal } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import Papa from "papaparse";
import { z } from "zod";
import type { Actor } from "../auth/actor.js";
import { RECORDING_ROLES, requireRole } from "../auth/roles.js";
import { writableKpi } from "../auth/editor-scope.js";
import { MAX_ROWS, recordRows, type RowError } from "../measurement/record-rows.js";

/** The body's shape only: each observation is checked as a row, so that every bad row is
 *  listed and none stops the others from being checked. */
export const postObservationsSchema = z.object({
  observations: z.array(z.record(z.string(), z.unknown())).min(1).max(MAX_ROWS),
});

const CSV_FIELDS = new Set([
  "period",
  "value",
  "status",
  "source",
  "sourceUrl",
  "source_url",
  "comment",
  "reason",
  "expectedVersion",
  "workflow",
]);

/** CSV: a header row `period,value` with optional status, source, sourceUrl (or source_url, as
 *  the export names it), comment (and reason, expectedVersion, workflow); every other column is
 *  a dimension of the series. Cells stay text; the row rules read them. */
export function parseObservationsCsv(text: string): { observations: Record<string, unknown>[] } {
  const parsed = Papa.parse<Record<string, string>>(text.trim(), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (h) => h.trim(),
  });
  if (!parsed.meta.fields?.includes("period") || !parsed.meta.fields.includes("value")) {
    throw new DomainError("BAD_INPUT", "import.csvHeader");
  }
  return {
    observations: parsed.data.map((row) => {
      // Papa puts the cells of a row longer than the header in an array (`__parsed_extra`): not a cell.
      const cells = Object.entries(row)
        .filter((cell): cell is [string, string] => typeof cell[1] === "string")
        .map(([k, v]) => [k, v.trim()] as const);
      const dims = cells.filter(([k, v]) => !CSV_FIELDS.has(k) && v !== "");
      const fields = Object.fromEntries(cells.filter(([k, v]) => CSV_FIELDS.has(k) && v !== ""));
      const { source_url: sourceUrl, ...rest } = fields;
      return {
        ...rest,
        ...(sourceUrl && !rest["sourceUrl"] ? { sourceUrl } : {}),
        ...(dims.length ? { series: Object.fromEntries(dims) } : {}),
      };
    }),
  };
}

/** "geslacht=vrouwen;leeftijd=55-64" from `{ leeftijd: "55-64", geslacht: "vrouwen" }`; no
 *  members is the total. Anything else is passed on for the row rules to refuse. */
function seriesKey(series: unknown): unknown {
  if (series === undefined || series === null) return "total";
  if (typeof series !== "object" || Array.isArray(series)) return series;
  const entries = Object.entries(series as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
  return entries.length === 0 ? "total" : entries.map(([d, m]) => `${d}=${String(m)}`).join(";");
}

/** A number from JSON, or a decimal written as text (CSV, "77,1"). */
const amount = (value: unknown): unknown =>
  typeof value === "string" ? (parseDecimal(value) ?? Number.NaN) : value === undefined ? Number.NaN : value;
const optionalAmount = (value: unknown): unknown => (value === undefined ? undefined : amount(value));

/** One observation of the body as a row of the shared shape (`recordMeasurementSchema`). */
function toRow(kpi: string, o: Record<string, unknown>): Record<string, unknown> {
  const row: Record<string, unknown> = {
    ...o,
    kpi,
    series: seriesKey(o["series"]),
    value: amount(o["value"]),
    workflow: o["workflow"] ?? "submitted",
  };
  for (const field of ["expectedVersion", "numerator", "denominator", "envelope", "committed"]) {
    if (field in o) row[field] = optionalAmount(o[field]);
  }
  return row;
}

export class RowErrors extends DomainError {
  constructor(readonly rows: RowError[]) {
    super("BAD_INPUT", "import.rowErrors", { count: rows.length });
  }
}

/** Records every observation or none through `recordRows` (the door of the import and the
 *  grid): the caller's role and the KPI's scope first, then each row by the rules of a value
 *  entered in the app, every refused row listed. An editor's values land as submitted. */
export async function postObservations(
  db: Db,
  caller: Actor | null,
  kpiCode: string,
  body: unknown,
  requestId?: string,
) {
  const actor = requireRole(caller, RECORDING_ROLES);
  await writableKpi(db, actor, { code: kpiCode });
  const parsed = postObservationsSchema.safeParse(body);
  if (!parsed.success) {
    const tooMany = parsed.error.issues.some((i) => i.code === "too_big" && i.path.length === 1);
    throw tooMany
      ? new DomainError("BAD_INPUT", "import.tooManyRows", { max: MAX_ROWS })
      : new DomainError("BAD_INPUT", "import.body");
  }
  const rows = parsed.data.observations.map((o) => toRow(kpiCode, o));
  const result = await recordRows(db, actor, rows, { requestId });
  if (result.errors.length > 0) throw new RowErrors(result.errors);
  return { recorded: result.rows, workflow: String(rows[0]!["workflow"]) };
}
