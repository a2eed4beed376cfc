import { codeSchema, kpiInputSchema } from "@boordtabel/domain";
import { z } from "zod";
import { memberCodeSchema, seriesNameSchema } from "../input-schemas.js";
import { adminProcedure, readProcedure, router } from "../trpc.js";
import { addSeries, saveKpi, setKpiArchived } from "./kpi-admin.service.js";
import { getKpiDetail } from "./kpi-detail.service.js";
import { getKpiValues } from "./kpi-values.service.js";

export const kpiRouter = router({
  detail: readProcedure
    .input(
      z.object({
        code: codeSchema,
        series: seriesNameSchema.optional(),
        asOf: z.string().date().optional(),
      }),
    )
    .query(({ ctx, input }) => getKpiDetail(ctx.db, ctx.actor, input)),
  /** Every value of the series the detail's chart may show thinned: the data table. */
  values: readProcedure
    .input(
      z.object({
        code: codeSchema,
        series: seriesNameSchema.optional(),
        asOf: z.string().date().optional(),
      }),
    )
    .query(({ ctx, input }) => getKpiValues(ctx.db, input)),
  save: adminProcedure.input(kpiInputSchema).mutation(({ ctx, input }) => saveKpi(ctx.db, ctx.actor, input)),
  setArchived: adminProcedure
    .input(z.object({ code: codeSchema, archived: z.boolean() }))
    .mutation(({ ctx, input }) => setKpiArchived(ctx.db, ctx.actor, input.code, input.archived)),
  addSeries: adminProcedure
    .input(z.object({ kpi: codeSchema, members: z.record(memberCodeSchema, memberCodeSchema) }))
    .mutation(({ ctx, input }) => addSeries(ctx.db, ctx.actor, input)),
});
