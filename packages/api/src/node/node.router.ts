import { codeSchema, nodeInputSchema, singleLineText } from "@boordtabel/domain";
import { z } from "zod";
import { titleSchema } from "../input-schemas.js";
import { adminProcedure, router } from "../trpc.js";
import { createNode, deleteNode, updateNode } from "./node.service.js";

export const nodeRouter = router({
  create: adminProcedure.input(nodeInputSchema).mutation(({ ctx, input }) => createNode(ctx.db, ctx.actor, input)),
  update: adminProcedure
    .input(
      z.object({
        code: codeSchema,
        number: singleLineText(20).optional(),
        titleNl: titleSchema,
        titleEn: titleSchema,
      }),
    )
    .mutation(({ ctx, input }) => updateNode(ctx.db, ctx.actor, input)),
  delete: adminProcedure
    .input(z.object({ code: codeSchema }))
    .mutation(({ ctx, input }) => deleteNode(ctx.db, ctx.actor, input.code)),
});
