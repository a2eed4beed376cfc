import { z } from "zod";
import { readProcedure, router } from "../trpc.js";
import { getPlanOverview } from "./plan-overview.service.js";
import { getPlanDetail, listPlans } from "./plan.service.js";

export const planCodeSchema = z.string().trim().min(1).max(40);
export const asOfSchema = z.string().date().optional();

export const planRouter = router({
  list: readProcedure.query(({ ctx }) => listPlans(ctx.db)),
  overview: readProcedure
    .input(z.object({ code: planCodeSchema, asOf: asOfSchema }))
    .query(({ ctx, input }) => getPlanOverview(ctx.db, input)),
  detail: readProcedure
    .input(z.object({ code: planCodeSchema }))
    .query(({ ctx, input }) => getPlanDetail(ctx.db, input.code)),
});
