import { z } from "zod";
import { amountFor, codeSchema, multiLineText, periodSchema, singleLineText, sourceUrlSchema } from "./schemas.js";

/** Shared schemas for the plan structure (admin forms and API). */
const title = singleLineText(500).min(1);
const text = multiLineText(10_000);
const structureCode = z
  .string()
  .trim()
  .regex(/^[A-Z0-9][A-Za-z0-9._-]*$/, { message: "code.format" })
  .max(60);

export const planInputSchema = z.object({
  code: structureCode,
  titleNl: title,
  titleEn: title,
  descriptionNl: text.optional(),
  descriptionEn: text.optional(),
  ownerOrganisation: codeSchema.optional(),
  periodStart: z.number().int().min(1900).max(2200).optional(),
  periodEnd: z.number().int().min(1900).max(2200).optional(),
  sourceDocument: text.optional(),
});

export const nodeInputSchema = z.object({
  plan: codeSchema,
  code: structureCode,
  parent: codeSchema.optional(),
  kind: z.enum(["introduction", "pillar", "theme", "subtheme", "domain", "chapter", "group"]),
  number: singleLineText(20).optional(),
  titleNl: title,
  titleEn: title,
});

export const organisationInputSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9][A-Z0-9-]*$/, { message: "code.format" })
    .max(60),
  nameNl: title,
  nameEn: title,
  kind: z.enum(["organisation", "actor_group"]).default("organisation"),
});

export const kpiInputSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^KPI-[A-Z0-9][A-Z0-9-]*$/, { message: "code.kpiFormat" })
    .max(60),
  plan: codeSchema,
  nameNl: title,
  nameEn: title,
  definitionNl: text.optional(),
  definitionEn: text.optional(),
  kind: z.enum(["level", "count", "ratio", "budget_envelope"]).default("level"),
  unit: z.enum(["percent", "count", "eur", "hours", "days", "months", "ratio", "index", "unspecified"]),
  decimals: z.number().int().min(0).max(6).default(1),
  direction: z.enum(["higher_is_better", "lower_is_better", "not_applicable"]),
  frequency: z.enum(["year", "school_year", "quarter", "month"]).default("year"),
  reportingInterval: z.number().int().min(1).max(10).default(1),
  statusMethod: z.enum(["trajectory", "opensdg", "unsd"]).default("trajectory"),
  onTrackThreshold: z.number().min(0.01).max(10).default(0.95),
  atRiskThreshold: z.number().min(0.01).max(10).default(0.75),
  sourceText: text.optional(),
  methodText: text.optional(),
  nextRelease: z.string().date().optional(),
  nodes: z.array(codeSchema).max(50).default([]),
  isHeadline: z.boolean().default(false),
});

export const commitmentInputSchema = z.object({
  code: structureCode,
  plan: codeSchema,
  node: codeSchema,
  titleNl: title,
  titleEn: title,
  descriptionNl: text.optional(),
  kind: z.enum([
    "engagement",
    "demand",
    "oversight",
    "study",
    "evaluation",
    "monitoring",
    "principle",
    "policy_measure",
    "priority",
    "agenda_item",
    "recommendation",
  ]),
  startDate: z.string().date().optional(),
  deadline: z.string().date().optional(),
});

export const benchmarkInputSchema = z.object({
  kpi: codeSchema,
  entityCode: singleLineText(20).min(1),
  entityNl: title,
  entityEn: title,
  period: periodSchema.optional(),
  value: amountFor("Benchmark.value"),
  source: singleLineText(500).min(1),
  sourceUrl: sourceUrlSchema.optional(),
  note: text.optional(),
});

export const annotationInputSchema = z.object({
  plan: codeSchema.optional(),
  kpi: codeSchema.optional(),
  date: z.string().date(),
  kind: z.enum(["policy", "event", "method_break", "note"]).default("note"),
  titleNl: title,
  titleEn: title,
  sourceUrl: sourceUrlSchema.optional(),
});
