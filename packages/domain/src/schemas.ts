import { z } from "zod";
import { fitsColumn, INT4_MAX, integerDigits, type NumericColumn } from "./column-limits.js";
import { isPeriod } from "./periods.js";
import { sourceUrlSchema } from "./source-url.js";
import { CONTROL_CHARACTER_KEY, hasForbiddenCharacters } from "./text-rules.js";

/** Shared input schemas: used by the API procedures, the forms and the import. Messages are
 *  translation keys. */
export const periodSchema = z.string().trim().max(9).refine(isPeriod, { message: "period.invalidFormat" });

/** A one-line text (a title, a name, a source): no control characters, not even a tab. */
export const singleLineText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((v) => !hasForbiddenCharacters(v, "singleLine"), { message: CONTROL_CHARACTER_KEY });

/** A text that may span lines (a comment, a description): line breaks and tabs, no other
 *  control characters. */
export const multiLineText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((v) => !hasForbiddenCharacters(v, "multiLine"), { message: CONTROL_CHARACTER_KEY });

/** A code or name that identifies something (a KPI, a plan, a series): one line, not empty. */
export const codeSchema = singleLineText(60).min(1);

/** A number bounded by the numeric column it is stored in. */
export const amountFor = (column: NumericColumn) =>
  z
    .number()
    .finite()
    .refine((v) => fitsColumn(column, v), { message: "number.tooLarge", params: { digits: integerDigits(column) } });

/** A database id or another int4 column: a whole number PostgreSQL's `integer` can hold. */
export const int4Schema = z.number().int().min(-INT4_MAX).max(INT4_MAX);
export const idSchema = z.number().int().positive().max(INT4_MAX);

const text = multiLineText;

/** A source link: only http(s), one rule in `source-url.ts`. */
export { sourceUrlSchema };

export const measurementKeySchema = z.object({
  kpi: codeSchema,
  series: singleLineText(200).min(1).default("total"),
  period: periodSchema,
});

export const recordMeasurementSchema = measurementKeySchema.extend({
  value: amountFor("MeasurementVersion.value"),
  status: z.enum(["provisional", "final", "estimate"]).default("final"),
  workflow: z.enum(["draft", "submitted", "validated"]).default("draft"),
  source: singleLineText(500).optional(),
  sourceUrl: sourceUrlSchema.optional(),
  comment: text(4000).optional(),
  reason: text(2000).optional(),
  /** The version the user saw; required when revising, absent for a new value. */
  expectedVersion: int4Schema.min(0).optional(),
  numerator: amountFor("MeasurementVersion.numerator").optional(),
  denominator: amountFor("MeasurementVersion.denominator").optional(),
  envelope: amountFor("MeasurementVersion.envelope").optional(),
  committed: amountFor("MeasurementVersion.committed").optional(),
  breakInSeries: z.boolean().optional(),
});

export const measurementTransitionSchema = measurementKeySchema.extend({
  expectedVersion: int4Schema.min(1),
  reason: text(2000).optional(),
});

export type RecordMeasurementInput = z.infer<typeof recordMeasurementSchema>;
export type MeasurementTransitionInput = z.infer<typeof measurementTransitionSchema>;
