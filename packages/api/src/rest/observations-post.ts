import { DomainError, fieldIssueOf, recordMeasurementSchema, type FieldIssue } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import Papa from "papaparse";
import { z } from "zod";
import type { Actor } from "../auth/actor.js";
import { recordInTransaction } from "../measurement/measurement.service.js";

/** One observation in the open-data POST body; no `series` means the total. */
const observationSchema = z.object({
  period: z.string(),
  value: z.number(),
  series: z.record(z.string(), z.string()).optional(),
  status: z.enum(["provisional", "final", "estimate"]).optional(),
  source: z.string().optional(),
  sourceUrl: z.string().optional(),
  comment: z.string().optional(),
  reason: z.string().optional(),
  expectedVersion: z.number().int().optional(),
  workflow: z.enum(["submitted", "validated"]).optional(),
});

export const postObservationsSchema = z.object({ observations: z.array(observationSchema).min(1).max(100_000) });
type Observation = z.infer<typeof observationSchema>;

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
 *  a dimension of the series. */
export function parseObservationsCsv(text: string): { observations: unknown[] } {
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
      // Papa puts the cells of a row longer than the header in an array (`__parsed_extra`): not a dimension.
      const dims = Object.entries(row).filter(
        ([k, v]) => !CSV_FIELDS.has(k) && typeof v === "string" && v.trim() !== "",
      );
      const value = row["value"]?.trim().replace(",", ".") ?? "";
      const sourceUrl = (row["sourceUrl"] ?? row["source_url"])?.trim();
      return {
        period: row["period"]?.trim() ?? "",
        value: value === "" ? Number.NaN : Number(value),
        ...(dims.length ? { series: Object.fromEntries(dims.map(([k, v]) => [k, v.trim()])) } : {}),
        ...(row["status"]?.trim() ? { status: row["status"].trim() } : {}),
        ...(row["source"]?.trim() ? { source: row["source"].trim() } : {}),
        ...(sourceUrl ? { sourceUrl } : {}),
        ...(row["comment"]?.trim() ? { comment: row["comment"].trim() } : {}),
        ...(row["reason"]?.trim() ? { reason: row["reason"].trim() } : {}),
        ...(row["expectedVersion"]?.trim() ? { expectedVersion: Number(row["expectedVersion"]) } : {}),
        ...(row["workflow"]?.trim() ? { workflow: row["workflow"].trim() } : {}),
      };
    }),
  };
}

const seriesKey = (series: Record<string, string> | undefined): string => {
  const entries = Object.entries(series ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return entries.length === 0 ? "total" : entries.map(([d, m]) => `${d}=${m}`).join(";");
};

export class RowErrors extends DomainError {
  constructor(readonly rows: { row: number; issues: FieldIssue[] }[]) {
    super("BAD_INPUT", "import.rowErrors", { count: rows.length });
  }
}

/** Records every observation or none, in one transaction, through the same checks, workflow
 *  and audit as a value entered in the app. An editor's values land as submitted. */
export async function postObservations(db: Db, actor: Actor, kpiCode: string, body: unknown, requestId?: string) {
  if (!(await db.kpi.findUnique({ where: { code: kpiCode }, select: { id: true } }))) {
    throw new DomainError("NOT_FOUND", "kpi.notFound", { code: kpiCode });
  }
  const parsed = postObservationsSchema.safeParse(body);
  if (!parsed.success) throw new DomainError("BAD_INPUT", "import.body");
  const inputs = parsed.data.observations.map((o: Observation) => ({
    ...o,
    kpi: kpiCode,
    series: seriesKey(o.series),
    workflow: o.workflow ?? "submitted",
  }));
  const errors: { row: number; issues: FieldIssue[] }[] = [];
  const valid = inputs.map((input, index) => {
    const checked = recordMeasurementSchema.safeParse(input);
    if (!checked.success) {
      errors.push({
        row: index + 1,
        issues: checked.error.issues.map(fieldIssueOf),
      });
    }
    return checked.data;
  });
  const seen = new Set<string>();
  inputs.forEach((i, index) => {
    const key = `${i.series}|${i.period}`;
    if (seen.has(key))
      errors.push({ row: index + 1, issues: [{ field: "period", messageKey: "import.duplicateRow" }] });
    seen.add(key);
  });
  if (errors.length > 0) throw new RowErrors(errors);
  let row = 0;
  try {
    const results = await db.$transaction(
      async (tx) => {
        const out = [];
        for (const input of valid) {
          row += 1;
          out.push(await recordInTransaction(tx, actor, input!, requestId));
        }
        return out;
      },
      { timeout: 120_000 },
    );
    return { recorded: results.length, workflow: results[0]?.workflow ?? null };
  } catch (error) {
    if (error instanceof DomainError && !(error instanceof RowErrors)) {
      throw new RowErrors([
        {
          row,
          issues: [{ field: error.issues[0]?.field ?? "value", messageKey: error.messageKey, params: error.params }],
        },
      ]);
    }
    throw error;
  }
}
