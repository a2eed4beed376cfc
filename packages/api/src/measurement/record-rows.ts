import {
  fieldIssueOf,
  recordMeasurementSchema,
  type FieldIssue,
  type RecordMeasurementInput,
} from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import type { Actor } from "../auth/actor.js";
import { recordAllOrNothing } from "./record-batch.js";

/** The most rows one request records: an import file or a REST upload. */
export const MAX_ROWS = 100_000;
/** The largest upload (an import file, a REST body): 100 000 rows with room to spare. */
export const MAX_UPLOAD_MB = 25;
export const MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024;
/** The most changes a result lists; the counts cover every row. */
export const MAX_LISTED_CHANGES = 1_000;

export interface RowError {
  /** 1-based, as the caller numbered its rows (the data rows of a file, the body's array). */
  row: number;
  issues: FieldIssue[];
}

export interface RowsResult {
  committed: boolean;
  rows: number;
  created: number;
  revised: number;
  /** Every refused row with all its problems. */
  errors: RowError[];
  /** The first MAX_LISTED_CHANGES rows that would be (or were) written. */
  changes: { row: number; kpi: string; series: string; period: string; value: number | null; version: number }[];
}

/** Rows in the shared shape of a recorded value (before validation), recorded all or nothing
 *  through `recordAllOrNothing`: the import file, the REST upload and — through the batch
 *  itself — the grid and the form meet the same rules. A dry run, or any refused row, rolls
 *  everything back; the result lists every refused row, not only the first. */
export async function recordRows(
  db: Db,
  actor: Actor,
  rows: unknown[],
  options: {
    dryRun?: boolean;
    requestId?: string;
    /** A rule of the caller's own on a row that passed the schema (the import's plan). */
    rowCheck?: (row: RecordMeasurementInput) => FieldIssue[];
  } = {},
): Promise<RowsResult> {
  const result: RowsResult = { committed: false, rows: rows.length, created: 0, revised: 0, errors: [], changes: [] };
  const valid: { row: number; data: RecordMeasurementInput }[] = [];
  rows.forEach((raw, index) => {
    const parsed = recordMeasurementSchema.safeParse(raw);
    const own = parsed.success ? (options.rowCheck?.(parsed.data) ?? []) : [];
    if (own.length > 0) result.errors.push({ row: index + 1, issues: own });
    else if (parsed.success) valid.push({ row: index + 1, data: parsed.data });
    else
      result.errors.push({
        row: index + 1,
        issues: parsed.error.issues.map(fieldIssueOf),
      });
  });
  // Rows that fail the schema are reported with the others, and already make this a rollback.
  const { committed, outcomes } = await recordAllOrNothing(
    db,
    actor,
    valid.map((v) => v.data),
    { dryRun: options.dryRun || result.errors.length > 0, requestId: options.requestId },
  );
  outcomes.forEach((outcome, i) => {
    const { row, data } = valid[i]!;
    if (outcome.ok) {
      if (outcome.dto.version === 1) result.created += 1;
      else result.revised += 1;
      if (result.changes.length < MAX_LISTED_CHANGES)
        result.changes.push({
          row,
          kpi: data.kpi,
          series: data.series,
          period: data.period,
          value: outcome.dto.value,
          version: outcome.dto.version,
        });
      return;
    }
    const error = outcome.error;
    // The batch numbers rows by their place among the valid ones; the caller by its own.
    const issues = (
      error.issues.length ? error.issues : [{ field: "value", messageKey: error.messageKey, params: error.params }]
    ).map((issue) =>
      issue.messageKey === "import.duplicateRowOf"
        ? { ...issue, params: { row: valid[Number(issue.params?.["row"]) - 1]!.row } }
        : issue,
    );
    result.errors.push({ row, issues });
  });
  result.errors.sort((a, b) => a.row - b.row);
  return { ...result, committed };
}
