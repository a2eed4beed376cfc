import { codeSchema, periodSchema, sourceUrlSchema } from "@boordtabel/domain";
import { z } from "zod";
import { editorProcedure, router } from "../trpc.js";
import { reviseTargetPath } from "./target.service.js";

const source = z.string().trim().min(1).max(300);

export const targetRouter = router({
  revise: editorProcedure
    .input(
      z.object({
        kpi: codeSchema,
        series: z.string().trim().min(1).max(200).default("total"),
        baseline: z.object({ period: periodSchema, value: z.number().finite(), source: source.optional() }).optional(),
        targets: z
          .array(
            z.object({
              period: periodSchema,
              value: z.number().finite(),
              // indicative: a derived or unofficial reading, drawn but never judged against
              kind: z.enum(["target", "milestone", "indicative"]).default("target"),
              source,
              sourceUrl: sourceUrlSchema.optional(),
              note: z.string().trim().max(2000).optional(),
            }),
          )
          .min(1)
          .max(50),
        interpolation: z.enum(["linear", "step"]).default("linear"),
        tolerance: z.number().finite().min(0).optional(),
        justification: z.string().trim().min(1).max(4000),
      }),
    )
    .mutation(({ ctx, input }) => reviseTargetPath(ctx.db, ctx.actor, input)),
});
