import {
  DomainError,
  expectedPeriod,
  fieldIssueOf,
  parseDecimal,
  recordMeasurementSchema,
  type FieldIssue,
  type RecordMeasurementInput,
} from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import type { Actor } from "../auth/actor.js";
import { recordAllOrNothing } from "../measurement/record-batch.js";
import { isOfFrequency } from "../kpi/observations.js";
import { readImportFile, writeTemplate, type RawRow } from "./files.js";

export interface RowError {
  row: number;
  issues: FieldIssue[];
}

export interface ImportResult {
  committed: boolean;
  rows: number;
  created: number;
  revised: number;
  errors: RowError[];
  changes: { row: number; kpi: string; series: string; period: string; value: number | null; version: number }[];
}

function toInput(row: RawRow) {
  return {
    kpi: row.kpi ?? "",
    series: row.series || "total",
    period: row.period ?? "",
    value: parseDecimal(row.value) ?? Number.NaN,
    status: (row.status || "final").toLowerCase(),
    workflow: "submitted" as const,
    ...(row.source ? { source: row.source } : {}),
    ...(row.comment ? { comment: row.comment } : {}),
    ...(row.reason ? { reason: row.reason } : {}),
    ...(row.expectedVersion ? { expectedVersion: parseDecimal(row.expectedVersion) } : {}),
  };
}

/** Runs every row through the same rules as a value entered by hand (`recordBatch`), inside
 *  one transaction. A dry run, or any row error, rolls everything back and reports every row's
 *  problem; a commit without errors keeps all rows. */
export async function runImport(
  db: Db,
  actor: Actor,
  input: { format: "csv" | "xlsx"; content: Buffer; dryRun: boolean },
): Promise<ImportResult> {
  const rows = await readImportFile(input.format, input.content);
  if (rows.length === 0) throw new DomainError("BAD_INPUT", "import.empty");
  const result: ImportResult = { committed: false, rows: rows.length, created: 0, revised: 0, errors: [], changes: [] };
  const valid: { row: number; data: RecordMeasurementInput }[] = [];
  for (const [index, raw] of rows.entries()) {
    const parsed = recordMeasurementSchema.safeParse(toInput(raw));
    if (parsed.success) valid.push({ row: index + 1, data: parsed.data });
    else
      result.errors.push({
        row: index + 1,
        issues: parsed.error.issues.map(fieldIssueOf),
      });
  }
  // Rows that fail the schema are reported with the others, and already make this a rollback.
  const { committed, outcomes } = await recordAllOrNothing(
    db,
    actor,
    valid.map((v) => v.data),
    { dryRun: input.dryRun || result.errors.length > 0 },
  );
  outcomes.forEach((outcome, i) => {
    const { row, data } = valid[i]!;
    if (outcome.ok) {
      if (outcome.dto.version === 1) result.created += 1;
      else result.revised += 1;
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
    // The batch numbers rows by their place among the valid ones; the file by its lines.
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

/** A template for a plan: each KPI's headline series at its expected period; KPIs whose unit
 *  nobody defined are left out, since no value can be entered for them yet. */
export async function importTemplate(
  db: Db,
  plan: string,
  format: "csv" | "xlsx",
  today = new Date().toISOString().slice(0, 10),
) {
  const kpis = await db.kpi.findMany({
    where: { plan: { code: plan }, archivedAt: null, unit: { not: "UNSPECIFIED" } },
    orderBy: { sortOrder: "asc" },
    select: {
      code: true,
      frequency: true,
      reportingInterval: true,
      series: {
        where: { isHeadline: true },
        select: { key: true, frequency: true, measurements: { select: { period: true, currentVersion: true } } },
      },
    },
  });
  if (kpis.length === 0 && !(await db.plan.findUnique({ where: { code: plan }, select: { id: true } }))) {
    throw new DomainError("NOT_FOUND", "plan.notFound", { code: plan });
  }
  const rows: RawRow[] = kpis.map((k) => {
    const measurements = k.series[0]?.measurements ?? [];
    const frequency = k.series[0]?.frequency ?? k.frequency;
    const period = expectedPeriod(
      frequency,
      today,
      k.reportingInterval,
      measurements
        .map((m) => m.period)
        .filter((p) => isOfFrequency(p, frequency))
        .sort()
        .at(-1),
    );
    const existing = measurements.find((m) => m.period === period);
    return {
      kpi: k.code,
      series: k.series[0]?.key ?? "total",
      period,
      status: "final",
      ...(existing ? { expectedVersion: String(existing.currentVersion) } : {}),
    };
  });
  return { filename: `boordtabel-${plan}-import.${format}`, content: await writeTemplate(format, rows) };
}
