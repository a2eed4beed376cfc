import { codeSchema, decisionInputSchema, positionInputSchema, proposalCreateSchema } from "@boordtabel/domain";
import { z } from "zod";
import { idInputSchema } from "../input-schemas.js";
import {
  adminProcedure,
  editorOrReviewerProcedure,
  editorProcedure,
  readProcedure,
  reviewerProcedure,
  router,
} from "../trpc.js";
import { kpiProposals, listProposals, proposalDetail } from "./proposal.read.js";
import { createProposal, decideProposal, takePosition } from "./proposal.service.js";

export const proposalRouter = router({
  create: editorProcedure
    .input(proposalCreateSchema)
    .mutation(({ ctx, input }) => createProposal(ctx.db, ctx.actor, input)),
  position: reviewerProcedure
    .input(positionInputSchema)
    .mutation(({ ctx, input }) => takePosition(ctx.db, ctx.actor, input)),
  decide: adminProcedure
    .input(decisionInputSchema)
    .mutation(({ ctx, input }) => decideProposal(ctx.db, ctx.actor, input)),
  detail: editorOrReviewerProcedure
    .input(idInputSchema)
    .query(({ ctx, input }) => proposalDetail(ctx.db, ctx.actor, input.id)),
  list: editorOrReviewerProcedure
    .input(z.object({ kpi: codeSchema.optional(), organisation: codeSchema.optional(), open: z.boolean().optional() }))
    .query(({ ctx, input }) => listProposals(ctx.db, ctx.actor, input)),
  /** The KPI page's target history: decided proposals for everyone, open ones for the cycle's roles. */
  forKpi: readProcedure
    .input(z.object({ code: codeSchema }))
    .query(({ ctx, input }) => kpiProposals(ctx.db, ctx.actor, input.code, true)),
});
