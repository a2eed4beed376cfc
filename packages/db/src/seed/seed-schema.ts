import { sourceUrlSchema } from "@boordtabel/domain";
import { z } from "zod";

/** Where a fact was read: a seed document line range with a short quote, or a public page. */
export const evidenceSchema = z.object({
  file: z.string(),
  lines: z.string(),
  quote: z.string(),
});

const sourceFields = {
  sourceLabel: z.string().min(1),
  // Reference links obey the rule of every other source link: http(s) only.
  sourceUrl: sourceUrlSchema.nullable(),
  note: z.string().nullable(),
  evidence: z.array(evidenceSchema),
};

/** The organisation the plan names as responsible for a KPI's targets (its steward). */
export const stewardSeedSchema = z.object({ kpiCode: z.string(), organisationCode: z.string(), evidence: z.string() });

export const organisationSeedSchema = z.object({
  code: z.string().regex(/^[A-Z0-9][A-Z0-9-]*$/),
  nameNl: z.string().min(1),
  nameEn: z.string().min(1),
  kind: z.enum(["organisation", "actor_group"]),
  aliases: z.array(z.string()),
});

export const planNodeSeedSchema = z.object({
  code: z.string(),
  parentCode: z.string().nullable(),
  kind: z.enum(["INTRODUCTION", "PILLAR", "THEME", "SUBTHEME", "DOMAIN", "CHAPTER", "GROUP"]),
  level: z.number().int(),
  number: z.string().nullable(),
  titleNl: z.string(),
  titleEn: z.string(),
  titleEnTranslated: z.boolean(),
  note: z.string().nullable(),
  location: z.unknown(),
});

export const planSeedSchema = z.object({
  code: z.string(),
  titleNl: z.string(),
  titleEn: z.string(),
  titleEnTranslated: z.boolean(),
  /** The title without its parenthesised subtitle; null when the title has none. */
  shortTitleNl: z.string().nullable(),
  shortTitleEn: z.string().nullable(),
  descriptionNl: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  kind: z.string(),
  ownerOrganisationCode: z.string(),
  ownerText: z.string(),
  year: z.number().int(),
  sourceDocument: z.string(),
  objectives: z.array(z.unknown()),
  evidence: z.array(evidenceSchema),
  nodes: z.array(planNodeSeedSchema),
});

export const commitmentSeedSchema = z.object({
  code: z.string(),
  planCode: z.string(),
  nodeCode: z.string(),
  numberInDocument: z.string().nullable(),
  titleNl: z.string(),
  titleEn: z.string(),
  titleEnTranslated: z.boolean(),
  kind: z.enum([
    "ENGAGEMENT",
    "DEMAND",
    "OVERSIGHT",
    "STUDY",
    "EVALUATION",
    "MONITORING",
    "PRINCIPLE",
    "POLICY_MEASURE",
    "PRIORITY",
    "AGENDA_ITEM",
    "RECOMMENDATION",
  ]),
  timeFrameNl: z.string().nullable(),
  timeFrameEn: z.string().nullable(),
  quantitativeTarget: z.unknown().nullable(),
  targetGroups: z.array(z.string()),
  actors: z.array(
    z.object({
      organisationCode: z.string(),
      role: z.enum(["RESPONSIBLE", "OVERSEEING", "PARTNER", "ADDRESSED_TO"]),
      labelAsWritten: z.string(),
    }),
  ),
  actorNote: z.string().nullable(),
  kpiCodes: z.array(z.string()),
  note: z.string().nullable(),
  evidence: z.array(evidenceSchema),
});

export const dimensionSeedSchema = z.object({
  code: z.string(),
  nameNl: z.string(),
  nameEn: z.string(),
  members: z.array(z.object({ code: z.string(), nameNl: z.string(), nameEn: z.string() })),
});

/** When a figure or a target revision became public: the source's publication date, or (when
 *  the source gives none) period end + publication lag, flagged approximate. */
const knownSinceFields = {
  knownSince: z.string().date(),
  knownSinceApproximate: z.boolean(),
};

const observationVersionFields = {
  value: z.number().finite(),
  status: z.enum(["PROVISIONAL", "FINAL", "ESTIMATE"]),
  comment: z.string().nullable(),
  breakInSeries: z.boolean().default(false),
  ...knownSinceFields,
  ...sourceFields,
};

export const observationSeedSchema = z.object({
  period: z.string(),
  ...observationVersionFields,
  /** Earlier vintages of the same figure (a provisional value later made final), oldest first;
   *  the observation itself is the newest, published version. */
  earlierVersions: z.array(z.object(observationVersionFields)).default([]),
});

export const targetPointSeedSchema = z.object({
  period: z.string(),
  value: z.number().finite(),
  kind: z.enum(["MILESTONE", "TARGET", "INDICATIVE"]),
  ...sourceFields,
});

export const targetRevisionSeedSchema = z.object({
  justification: z.string().min(1),
  baseline: z.object({ period: z.string(), value: z.number(), source: z.string() }).nullable(),
  interpolation: z.enum(["LINEAR", "STEP"]),
  ...knownSinceFields,
  points: z.array(targetPointSeedSchema).min(1),
});

export const seriesSeedSchema = z.object({
  key: z.string(),
  members: z.record(z.string(), z.string()),
  labelNl: z.string(),
  labelEn: z.string(),
  /** The KPI's frequency when absent; quarterly figures of a yearly KPI have their own series. */
  frequency: z.enum(["YEAR", "SCHOOL_YEAR", "QUARTER", "MONTH"]).optional(),
  /** The series the KPI's targets and status are reported on; else the total. */
  isHeadline: z.boolean().optional(),
  observations: z.array(observationSeedSchema),
  /** Oldest first; the last one is the current target path. */
  targetRevisions: z.array(targetRevisionSeedSchema),
});

export const benchmarkSeedSchema = z.object({
  entityCode: z.string(),
  entityNl: z.string(),
  entityEn: z.string(),
  period: z.string().nullable(),
  value: z.number().finite(),
  /** The series the comparator matches when it is not the KPI's headline definition (e.g. the
   *  12-month variant of lifelong learning); null = the KPI as a whole. */
  seriesKey: z.string().nullable().default(null),
  ...sourceFields,
});

export const kpiSeedSchema = z.object({
  code: z.string(),
  planCode: z.string(),
  parentCode: z.string().nullable(),
  nameNl: z.string(),
  nameEn: z.string(),
  nameEnTranslated: z.boolean(),
  definitionNl: z.string().nullable(),
  /** Months after a period's end until publication, where a source says so; null = default. */
  publicationLagMonths: z.number().int().min(0).max(120).nullable(),
  /** Next expected publication (YYYY-MM-DD), where a source says so. */
  nextRelease: z.string().date().nullable(),
  kind: z.enum(["LEVEL", "COUNT", "RATIO", "BUDGET_ENVELOPE"]),
  unit: z.enum(["PERCENT", "COUNT", "EUR", "HOURS", "DAYS", "MONTHS", "RATIO", "INDEX", "UNSPECIFIED"]),
  unitLabel: z.string(),
  decimals: z.number().int(),
  direction: z.enum(["HIGHER_IS_BETTER", "LOWER_IS_BETTER", "TARGET_RANGE", "NOT_APPLICABLE"]),
  directionBasis: z.string().nullable(),
  frequency: z.enum(["YEAR", "SCHOOL_YEAR", "QUARTER", "MONTH"]),
  reportingInterval: z.number().int(),
  sourceOrganisationCode: z.string().nullable(),
  sourceText: z.string().nullable(),
  isHeadline: z.boolean(),
  quantifiable: z.string().nullable(),
  nodeCodes: z.array(z.string()),
  commitmentCodes: z.array(z.string()),
  dimensionCodes: z.array(z.string()),
  qualitativeStatus: z.array(z.unknown()),
  qualitativeTargets: z.array(z.unknown()),
  facts: z.array(z.unknown()),
  dataSourceNote: z.string().nullable(),
  note: z.string().nullable(),
  series: z.array(seriesSeedSchema).min(1),
  benchmarks: z.array(benchmarkSeedSchema),
});

export const annotationSeedSchema = z.object({
  planCode: z.string(),
  kpiCode: z.string().nullable(),
  date: z.string().date(),
  kind: z.enum(["POLICY", "EVENT", "METHOD_BREAK", "NOTE"]),
  titleNl: z.string(),
  titleEn: z.string(),
  /** Where the event is stated: document lines and quote, or the page it was read from. */
  bodyNl: z.string().nullable(),
  sourceUrl: sourceUrlSchema.nullable(),
});

export type Evidence = z.infer<typeof evidenceSchema>;
export type OrganisationSeed = z.infer<typeof organisationSeedSchema>;
export type PlanSeed = z.infer<typeof planSeedSchema>;
export type PlanNodeSeed = z.infer<typeof planNodeSeedSchema>;
export type CommitmentSeed = z.infer<typeof commitmentSeedSchema>;
export type DimensionSeed = z.infer<typeof dimensionSeedSchema>;
export type KpiSeed = z.infer<typeof kpiSeedSchema>;
export type SeriesSeed = z.infer<typeof seriesSeedSchema>;
export type ObservationSeed = z.infer<typeof observationSeedSchema>;
export type BenchmarkSeed = z.infer<typeof benchmarkSeedSchema>;
export type TargetRevisionSeed = z.infer<typeof targetRevisionSeedSchema>;
export type AnnotationSeed = z.infer<typeof annotationSeedSchema>;
