import { DomainError, expectedPeriod, parseDecimal, type FieldIssue } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import type { Actor } from "../auth/actor.js";
import { RECORDING_ROLES, requireRole } from "../auth/roles.js";
import { MAX_ROWS, recordRows, type RowsResult } from "../measurement/record-rows.js";
import { isOfFrequency } from "../kpi/observations.js";
import { readImportFile, writeTemplate, type RawRow } from "./files.js";

export type { RowError } from "../measurement/record-rows.js";
export type ImportResult = RowsResult;

export interface ImportInput {
  format: "csv" | "xlsx";
  content: Buffer;
  dryRun: boolean;
  /** When given, every row's KPI must belong to this plan. */
  plan?: string;
  requestId?: string;
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

/** Runs every row of the file through the same rules as a value entered by hand
 *  (`recordRows`), inside one transaction. A dry run, or any row error, rolls everything back
 *  and reports every row's problem; a commit without errors keeps all rows. */
export async function runImport(db: Db, actor: Actor, input: ImportInput): Promise<ImportResult> {
  const rows = await readImportFile(input.format, input.content);
  if (rows.length === 0) throw new DomainError("BAD_INPUT", "import.empty");
  if (rows.length > MAX_ROWS) throw new DomainError("BAD_INPUT", "import.tooManyRows", { max: MAX_ROWS });
  const inputs = rows.map(toInput);
  const rowCheck = input.plan ? await planCheck(db, input.plan, inputs) : undefined;
  return recordRows(db, actor, inputs, { dryRun: input.dryRun, requestId: input.requestId, rowCheck });
}

/** An import for one plan (the wizard's choice) refuses rows of KPIs of another plan. */
async function planCheck(db: Db, plan: string, inputs: { kpi: string }[]) {
  if (!(await db.plan.findUnique({ where: { code: plan }, select: { id: true } })))
    throw new DomainError("NOT_FOUND", "plan.notFound", { code: plan });
  const elsewhere = await db.kpi.findMany({
    where: { code: { in: [...new Set(inputs.map((i) => i.kpi))] }, plan: { code: { not: plan } } },
    select: { code: true },
  });
  const others = new Set(elsewhere.map((k) => k.code));
  return (row: { kpi: string }): FieldIssue[] =>
    others.has(row.kpi) ? [{ field: "kpi", messageKey: "import.otherPlan", params: { kpi: row.kpi, plan } }] : [];
}

/** An upload over HTTP: the role checked here, as the tRPC procedures check it. */
export function uploadImport(db: Db, actor: Actor | null, input: ImportInput): Promise<ImportResult> {
  return runImport(db, requireRole(actor, RECORDING_ROLES), input);
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
