import { codeSchema, idSchema, measurementTransitionSchema, multiLineText, periodSchema } from "@boordtabel/domain";
import { seriesNameSchema } from "../input-schemas.js";
import { z } from "zod";
import { reviewerProcedure, router } from "../trpc.js";
import { createReviewNote, resolveReviewNote, reviewQueue, validateWithReservation } from "./review.service.js";

const body = multiLineText(4000).min(1);

export const reviewRouter = router({
  create: reviewerProcedure
    .input(
      z.object({
        kpi: codeSchema,
        series: seriesNameSchema.optional(),
        period: periodSchema.optional(),
        kind: z.enum(["comment", "reservation"]),
        body,
      }),
    )
    .mutation(({ ctx, input }) => createReviewNote(ctx.db, ctx.actor, input, ctx.requestId)),
  /** "Valideren met voorbehoud": publishes the value and records the reservation together. */
  validateWithReservation: reviewerProcedure
    .input(measurementTransitionSchema.extend({ reservation: body }))
    .mutation(({ ctx, input }) => validateWithReservation(ctx.db, ctx.actor, input, ctx.requestId)),
  resolve: reviewerProcedure
    .input(z.object({ id: idSchema, resolution: body }))
    .mutation(({ ctx, input }) => resolveReviewNote(ctx.db, ctx.actor, input)),
  queue: reviewerProcedure.query(({ ctx }) => reviewQueue(ctx.db)),
});
