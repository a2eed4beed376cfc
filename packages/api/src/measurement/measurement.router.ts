import {
  codeSchema,
  int4Schema,
  measurementKeySchema,
  multiLineText,
  measurementTransitionSchema,
  periodSchema,
  recordMeasurementSchema,
} from "@boordtabel/domain";
import { z } from "zod";
import { entryGrid, recordMany } from "./grid.service.js";
import {
  adminProcedure,
  editorOrReviewerProcedure,
  editorProcedure,
  readProcedure,
  reviewerProcedure,
  router,
} from "../trpc.js";
import {
  measurementHistory,
  recordMeasurement,
  restoreMeasurement,
  transitionMeasurement,
  withdrawMeasurement,
} from "./measurement.service.js";

export const measurementRouter = router({
  record: editorOrReviewerProcedure
    .input(recordMeasurementSchema)
    .mutation(({ ctx, input }) => recordMeasurement(ctx.db, ctx.actor, input, ctx.requestId)),
  submit: editorProcedure
    .input(measurementTransitionSchema)
    .mutation(({ ctx, input }) => transitionMeasurement(ctx.db, ctx.actor, "submit", input, ctx.requestId)),
  validate: reviewerProcedure
    .input(measurementTransitionSchema)
    .mutation(({ ctx, input }) => transitionMeasurement(ctx.db, ctx.actor, "validate", input, ctx.requestId)),
  sendBack: reviewerProcedure
    .input(measurementTransitionSchema)
    .mutation(({ ctx, input }) => transitionMeasurement(ctx.db, ctx.actor, "sendBack", input, ctx.requestId)),
  withdraw: editorOrReviewerProcedure
    .input(measurementTransitionSchema)
    .mutation(({ ctx, input }) => withdrawMeasurement(ctx.db, ctx.actor, input, ctx.requestId)),
  grid: editorOrReviewerProcedure
    .input(z.object({ plan: codeSchema, period: periodSchema }))
    .query(({ ctx, input }) => entryGrid(ctx.db, input)),
  recordMany: editorOrReviewerProcedure
    .input(z.object({ rows: z.array(recordMeasurementSchema).min(1).max(500) }))
    .mutation(({ ctx, input }) => recordMany(ctx.db, ctx.actor, input.rows, ctx.requestId)),
  restore: adminProcedure
    .input(
      measurementKeySchema.extend({
        version: int4Schema.min(1),
        expectedVersion: int4Schema.min(1),
        reason: multiLineText(2000).min(1),
      }),
    )
    .mutation(({ ctx, input }) => restoreMeasurement(ctx.db, ctx.actor, input, ctx.requestId)),
  history: readProcedure
    .input(measurementKeySchema)
    .query(({ ctx, input }) => measurementHistory(ctx.db, ctx.actor, input)),
});
