import { codeSchema, measurementKeySchema } from "@boordtabel/domain";
import { z } from "zod";
import { editorOrReviewerProcedure, editorProcedure, router } from "../trpc.js";
import { planCompleteness } from "./completeness.service.js";
import { dueList } from "./due.service.js";
import { entryContext } from "./entry-context.service.js";
import { returnedValues } from "./returned.service.js";

const planInput = z.object({ plan: codeSchema });

export const dueRouter = router({
  list: editorProcedure.input(planInput).query(({ ctx, input }) => dueList(ctx.db, ctx.actor, input)),
  returned: editorProcedure.input(planInput).query(({ ctx, input }) => returnedValues(ctx.db, ctx.actor, input)),
  completeness: editorProcedure.input(planInput).query(({ ctx, input }) => planCompleteness(ctx.db, ctx.actor, input)),
  entry: editorOrReviewerProcedure
    .input(measurementKeySchema.pick({ kpi: true, series: true }))
    .query(({ ctx, input }) => entryContext(ctx.db, input)),
});
