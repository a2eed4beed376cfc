import {
  DomainError,
  expectedPeriod,
  parseDecimal,
  recordMeasurementSchema,
  type FieldIssue,
  type RecordMeasurementInput,
} from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import type { Actor } from "../auth/actor.js";
import { recordBatch } from "../measurement/record-batch.js";
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

class Rollback extends Error {
  constructor(readonly result: ImportResult) {
    super("rollback");
  }
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
  const seen = new Map<string, number>();
  const valid: { row: number; data: RecordMeasurementInput }[] = [];
  for (const [index, raw] of rows.entries()) {
    const row = index + 1;
    const parsed = recordMeasurementSchema.safeParse(toInput(raw));
    if (!parsed.success) {
      result.errors.push({
        row,
        issues: parsed.error.issues.map((i) => ({
          field: i.path.join("."),
          messageKey: i.message.includes(".") ? i.message : "input.invalidField",
        })),
      });
      continue;
    }
    const key = `${parsed.data.kpi}|${parsed.data.series}|${parsed.data.period}`;
    if (seen.has(key)) {
      result.errors.push({
        row,
        issues: [{ field: "period", messageKey: "import.duplicateRowOf", params: { row: seen.get(key)! } }],
      });
      continue;
    }
    seen.set(key, row);
    valid.push({ row, data: parsed.data });
  }
  try {
    await db.$transaction(
      async (tx) => {
        const outcomes = await recordBatch(
          tx,
          actor,
          valid.map((v) => v.data),
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
          } else {
            const error = outcome.error;
            result.errors.push({
              row,
              issues: error.issues.length
                ? error.issues
                : [{ field: "value", messageKey: error.messageKey, params: error.params }],
            });
          }
        });
        result.errors.sort((a, b) => a.row - b.row);
        if (input.dryRun || result.errors.length > 0) throw new Rollback(result);
      },
      { timeout: 300_000 },
    );
  } catch (error) {
    if (error instanceof Rollback) return error.result;
    throw error;
  }
  return { ...result, committed: true };
}

/** A template for a plan: each KPI's total series at its expected period. */
export async function importTemplate(
  db: Db,
  plan: string,
  format: "csv" | "xlsx",
  today = new Date().toISOString().slice(0, 10),
) {
  const kpis = await db.kpi.findMany({
    where: { plan: { code: plan }, archivedAt: null },
    orderBy: { sortOrder: "asc" },
    select: {
      code: true,
      frequency: true,
      reportingInterval: true,
      series: {
        where: { isTotal: true },
        select: { measurements: { select: { period: true, currentVersion: true } } },
      },
    },
  });
  if (kpis.length === 0 && !(await db.plan.findUnique({ where: { code: plan }, select: { id: true } }))) {
    throw new DomainError("NOT_FOUND", "plan.notFound", { code: plan });
  }
  const rows: RawRow[] = kpis.map((k) => {
    const measurements = k.series[0]?.measurements ?? [];
    const period = expectedPeriod(
      k.frequency,
      today,
      k.reportingInterval,
      measurements
        .map((m) => m.period)
        .filter((p) => isOfFrequency(p, k.frequency))
        .sort()
        .at(-1),
    );
    const existing = measurements.find((m) => m.period === period);
    return {
      kpi: k.code,
      series: "total",
      period,
      status: "final",
      ...(existing ? { expectedVersion: String(existing.currentVersion) } : {}),
    };
  });
  return { filename: `boordtabel-${plan}-import.${format}`, content: await writeTemplate(format, rows) };
}
