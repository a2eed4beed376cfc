// Inputs of the target cycle (proposal → positions → decision) and of corrective actions,
// shared by the API's procedures and the web app's forms.
import { z } from "zod";
import { amountFor, codeSchema, idSchema, multiLineText, periodSchema, singleLineText } from "./schemas.js";

export const proposalTargetSchema = z.object({
  period: periodSchema,
  value: amountFor("TargetPoint.value"),
  kind: z.enum(["target", "milestone", "indicative"]).default("target"),
});

export const proposalCreateSchema = z.object({
  kpi: codeSchema,
  series: singleLineText(200).min(1).default("total"),
  baseline: z.object({ period: periodSchema, value: amountFor("TargetPath.baselineValue") }).optional(),
  targets: z.array(proposalTargetSchema).min(1).max(50),
  interpolation: z.enum(["linear", "step"]).default("linear"),
  tolerance: amountFor("TargetPath.tolerance").min(0).optional(),
  justification: multiLineText(4000).min(1),
  capacityAssumption: multiLineText(4000).optional(),
  budgetAssumption: multiLineText(4000).optional(),
});
export type ProposalCreateInput = z.infer<typeof proposalCreateSchema>;

export const POSITION_STANCES = ["agree", "agreeWithReservation", "disagree"] as const;
export type PositionStanceName = (typeof POSITION_STANCES)[number];

export const positionInputSchema = z.object({
  id: idSchema,
  stance: z.enum(POSITION_STANCES),
  /** The reservation or the motivation; required unless the stance is "agree". */
  body: multiLineText(4000).optional(),
  /** Only an admin names the organisation; a reviewer speaks for their own. */
  organisation: codeSchema.optional(),
});
export type PositionInput = z.infer<typeof positionInputSchema>;

export const DECISION_OUTCOMES = ["adopted", "adoptedAmended", "rejected"] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const decisionInputSchema = z.object({
  id: idSchema,
  outcome: z.enum(DECISION_OUTCOMES),
  decisionDate: z.string().date(),
  reference: singleLineText(300).min(1),
  note: multiLineText(4000).optional(),
  /** The targets as adopted, for "adoptedAmended" only. */
  targets: z.array(proposalTargetSchema).min(1).max(50).optional(),
});
export type DecisionInput = z.infer<typeof decisionInputSchema>;

export const correctiveActionOpenSchema = z.object({
  kpi: codeSchema,
  series: singleLineText(200).min(1).default("total"),
  what: multiLineText(4000).min(1),
  who: singleLineText(300).min(1),
  dueDate: z.string().date(),
  expectedEffect: multiLineText(4000).min(1),
});
export type CorrectiveActionOpenInput = z.infer<typeof correctiveActionOpenSchema>;

export const correctiveActionCommentSchema = z.object({ id: idSchema, body: multiLineText(4000).min(1) });
export const correctiveActionCloseSchema = z.object({ id: idSchema, outcome: multiLineText(4000).min(1) });
export const correctiveActionRuleSchema = z.object({ kpi: codeSchema, atRiskNeedsAction: z.boolean() });
