import { benchmarkInputSchema } from "@boordtabel/domain";
import { idInputSchema } from "../input-schemas.js";
import { editorProcedure, router } from "../trpc.js";
import { createBenchmark, deleteBenchmark } from "./benchmark.service.js";

export const benchmarkRouter = router({
  create: editorProcedure
    .input(benchmarkInputSchema)
    .mutation(({ ctx, input }) => createBenchmark(ctx.db, ctx.actor, input)),
  delete: editorProcedure
    .input(idInputSchema)
    .mutation(({ ctx, input }) => deleteBenchmark(ctx.db, ctx.actor, input.id)),
});
