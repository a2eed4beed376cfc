import { codeSchema, periodSchema } from "@boordtabel/domain";
import { z } from "zod";
import { reviewerProcedure, router } from "../trpc.js";
import { createReviewNote, resolveReviewNote, reviewQueue } from "./review.service.js";

const body = z.string().trim().min(1).max(4000);

export const reviewRouter = router({
  create: reviewerProcedure
    .input(
      z.object({
        kpi: codeSchema,
        series: z.string().trim().min(1).max(200).optional(),
        period: periodSchema.optional(),
        kind: z.enum(["comment", "reservation"]),
        body,
      }),
    )
    .mutation(({ ctx, input }) => createReviewNote(ctx.db, ctx.actor, input)),
  resolve: reviewerProcedure
    .input(z.object({ id: z.number().int().positive(), resolution: body }))
    .mutation(({ ctx, input }) => resolveReviewNote(ctx.db, ctx.actor, input)),
  queue: reviewerProcedure.query(({ ctx }) => reviewQueue(ctx.db)),
});
