import { z } from "zod";
import { isPeriod } from "./periods.js";
import { sourceUrlSchema } from "./source-url.js";

/** Shared input schemas: used by the API procedures, the forms and the import. Messages are
 *  translation keys. */
export const periodSchema = z.string().trim().max(9).refine(isPeriod, { message: "period.invalidFormat" });
export const codeSchema = z.string().trim().min(1).max(60);
const text = (max: number) => z.string().trim().max(max);
const amount = z.number().finite();

/** A source link: only http(s), one rule in `source-url.ts`. */
export { sourceUrlSchema };

export const measurementKeySchema = z.object({
  kpi: codeSchema,
  series: z.string().trim().min(1).max(200).default("total"),
  period: periodSchema,
});

export const recordMeasurementSchema = measurementKeySchema.extend({
  value: amount,
  status: z.enum(["provisional", "final", "estimate"]).default("final"),
  workflow: z.enum(["draft", "submitted", "validated"]).default("draft"),
  source: text(500).optional(),
  sourceUrl: sourceUrlSchema.optional(),
  comment: text(4000).optional(),
  reason: text(2000).optional(),
  /** The version the user saw; required when revising, absent for a new value. */
  expectedVersion: z.number().int().min(0).optional(),
  numerator: amount.optional(),
  denominator: amount.optional(),
  envelope: amount.optional(),
  committed: amount.optional(),
  breakInSeries: z.boolean().optional(),
});

export const measurementTransitionSchema = measurementKeySchema.extend({
  expectedVersion: z.number().int().min(1),
  reason: text(2000).optional(),
});

export type RecordMeasurementInput = z.infer<typeof recordMeasurementSchema>;
export type MeasurementTransitionInput = z.infer<typeof measurementTransitionSchema>;
