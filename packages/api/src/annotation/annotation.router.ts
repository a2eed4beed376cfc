import { annotationInputSchema } from "@boordtabel/domain";
import { idInputSchema } from "../input-schemas.js";
import { editorProcedure, router } from "../trpc.js";
import { createAnnotation, deleteAnnotation } from "./annotation.service.js";

export const annotationRouter = router({
  create: editorProcedure
    .input(annotationInputSchema)
    .mutation(({ ctx, input }) => createAnnotation(ctx.db, ctx.actor, input)),
  delete: editorProcedure
    .input(idInputSchema)
    .mutation(({ ctx, input }) => deleteAnnotation(ctx.db, ctx.actor, input.id)),
});
