import { codeSchema, planInputSchema, singleLineText } from "@boordtabel/domain";
import { z } from "zod";
import { adminProcedure, readProcedure, router } from "../trpc.js";
import { createPlan, setPlanArchived, updatePlan } from "./plan-admin.service.js";
import { getPlanOverview } from "./plan-overview.service.js";
import { getPlanDetail, listPlans } from "./plan.service.js";

export const planCodeSchema = singleLineText(40).min(1);
export const asOfSchema = z.string().date().optional();

export const planRouter = router({
  list: readProcedure.query(({ ctx }) => listPlans(ctx.db)),
  overview: readProcedure
    .input(z.object({ code: planCodeSchema, asOf: asOfSchema }))
    .query(({ ctx, input }) => getPlanOverview(ctx.db, input)),
  detail: readProcedure
    .input(z.object({ code: planCodeSchema }))
    .query(({ ctx, input }) => getPlanDetail(ctx.db, input.code)),
  create: adminProcedure.input(planInputSchema).mutation(({ ctx, input }) => createPlan(ctx.db, ctx.actor, input)),
  update: adminProcedure.input(planInputSchema).mutation(({ ctx, input }) => updatePlan(ctx.db, ctx.actor, input)),
  setArchived: adminProcedure
    .input(z.object({ code: codeSchema, archived: z.boolean() }))
    .mutation(({ ctx, input }) => setPlanArchived(ctx.db, ctx.actor, input.code, input.archived)),
});
