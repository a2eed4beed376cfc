import { codeSchema } from "@boordtabel/domain";
import { z } from "zod";
import { editorOrReviewerProcedure, router } from "../trpc.js";
import { importTemplate, runImport } from "./import.service.js";

const MAX_BASE64 = 28_000_000; // about 20 MB of file
const fileInput = z.object({ format: z.enum(["csv", "xlsx"]), content: z.string().min(1).max(MAX_BASE64) });

export const importRouter = router({
  template: editorOrReviewerProcedure
    .input(z.object({ plan: codeSchema, format: z.enum(["csv", "xlsx"]) }))
    .query(async ({ ctx, input }) => {
      const file = await importTemplate(ctx.db, input.plan, input.format);
      return { filename: file.filename, content: file.content.toString("base64") };
    }),
  preview: editorOrReviewerProcedure.input(fileInput).mutation(({ ctx, input }) =>
    runImport(ctx.db, ctx.actor, {
      format: input.format,
      content: Buffer.from(input.content, "base64"),
      dryRun: true,
    }),
  ),
  commit: editorOrReviewerProcedure.input(fileInput).mutation(({ ctx, input }) =>
    runImport(ctx.db, ctx.actor, {
      format: input.format,
      content: Buffer.from(input.content, "base64"),
      dryRun: false,
    }),
  ),
});
