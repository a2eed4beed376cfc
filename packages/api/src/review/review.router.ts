import { codeSchema, periodSchema } from "@boordtabel/domain";
import { z } from "zod";
import { roleProcedure, router } from "../trpc.js";
import { createReviewNote, resolveReviewNote, reviewQueue } from "./review.service.js";

const reviewer = roleProcedure("REVIEWER");
const body = z.string().trim().min(1).max(4000);

export const reviewRouter = router({
  create: reviewer
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
  resolve: reviewer
    .input(z.object({ id: z.number().int().positive(), resolution: body }))
    .mutation(({ ctx, input }) => resolveReviewNote(ctx.db, ctx.actor, input)),
  queue: reviewer.query(({ ctx }) => reviewQueue(ctx.db)),
});
