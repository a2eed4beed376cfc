import { z } from "zod";
import { readProcedure, router } from "../trpc.js";
import { getPlanDetail, listPlans } from "./plan.service.js";

export const planCodeSchema = z.string().trim().min(1).max(40);

export const planRouter = router({
  list: readProcedure.query(({ ctx }) => listPlans(ctx.db)),
  detail: readProcedure
    .input(z.object({ code: planCodeSchema }))
    .query(({ ctx, input }) => getPlanDetail(ctx.db, input.code)),
});
