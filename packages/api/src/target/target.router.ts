import {
  amountFor,
  codeSchema,
  multiLineText,
  periodSchema,
  singleLineText,
  sourceUrlSchema,
} from "@boordtabel/domain";
import { seriesNameSchema } from "../input-schemas.js";
import { z } from "zod";
import { editorProcedure, router } from "../trpc.js";
import { reviseTargetPath } from "./target.service.js";

const source = singleLineText(300).min(1);

export const targetRouter = router({
  revise: editorProcedure
    .input(
      z.object({
        kpi: codeSchema,
        series: seriesNameSchema.default("total"),
        baseline: z
          .object({ period: periodSchema, value: amountFor("TargetPath.baselineValue"), source: source.optional() })
          .optional(),
        targets: z
          .array(
            z.object({
              period: periodSchema,
              value: amountFor("TargetPoint.value"),
              // indicative: a derived or unofficial reading, drawn but never judged against
              kind: z.enum(["target", "milestone", "indicative"]).default("target"),
              source,
              sourceUrl: sourceUrlSchema.optional(),
              note: multiLineText(2000).optional(),
            }),
          )
          .min(1)
          .max(50),
        interpolation: z.enum(["linear", "step"]).default("linear"),
        tolerance: amountFor("TargetPath.tolerance").min(0).optional(),
        justification: multiLineText(4000).min(1),
      }),
    )
    .mutation(({ ctx, input }) => reviseTargetPath(ctx.db, ctx.actor, input)),
});
