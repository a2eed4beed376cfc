import { codeSchema } from "@boordtabel/domain";
import { z } from "zod";
import { readProcedure, router } from "../trpc.js";
import { getKpiDetail } from "./kpi-detail.service.js";

export const kpiRouter = router({
  detail: readProcedure
    .input(
      z.object({
        code: codeSchema,
        series: z.string().trim().min(1).max(200).optional(),
        asOf: z.string().date().optional(),
      }),
    )
    .query(({ ctx, input }) => getKpiDetail(ctx.db, ctx.actor, input)),
});
