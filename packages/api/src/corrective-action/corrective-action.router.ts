import {
  codeSchema,
  correctiveActionCloseSchema,
  correctiveActionCommentSchema,
  correctiveActionOpenSchema,
  correctiveActionRuleSchema,
} from "@boordtabel/domain";
import { z } from "zod";
import {
  adminProcedure,
  editorOrReviewerProcedure,
  editorProcedure,
  readProcedure,
  reviewerProcedure,
  router,
} from "../trpc.js";
import { listCorrectiveActions, seriesNeedingAction } from "./corrective-action.read.js";
import {
  closeCorrectiveAction,
  commentCorrectiveAction,
  openCorrectiveAction,
  setAtRiskRule,
} from "./corrective-action.service.js";

const filter = z.object({
  kpi: codeSchema.optional(),
  plan: codeSchema.optional(),
  organisation: codeSchema.optional(),
  open: z.boolean().optional(),
});

export const correctiveActionRouter = router({
  /** Open actions show on the KPI page, the plan page, the presentation and the board pack. */
  list: readProcedure.input(filter).query(({ ctx, input }) => listCorrectiveActions(ctx.db, ctx.actor, input)),
  needed: editorOrReviewerProcedure
    .input(z.object({ plan: codeSchema.optional(), organisation: codeSchema.optional() }))
    .query(({ ctx, input }) => seriesNeedingAction(ctx.db, input)),
  open: editorProcedure
    .input(correctiveActionOpenSchema)
    .mutation(({ ctx, input }) => openCorrectiveAction(ctx.db, ctx.actor, input)),
  comment: reviewerProcedure
    .input(correctiveActionCommentSchema)
    .mutation(({ ctx, input }) => commentCorrectiveAction(ctx.db, ctx.actor, input)),
  close: editorProcedure
    .input(correctiveActionCloseSchema)
    .mutation(({ ctx, input }) => closeCorrectiveAction(ctx.db, ctx.actor, input)),
  setRule: adminProcedure
    .input(correctiveActionRuleSchema)
    .mutation(({ ctx, input }) => setAtRiskRule(ctx.db, ctx.actor, input)),
});
