import { codeSchema } from "@boordtabel/domain";
import { z } from "zod";
import { readProcedure, roleProcedure, router } from "../trpc.js";
import { commitmentHistory, listCommitments, updateCommitmentStatus } from "./commitment.service.js";

const reportedStatus = z.enum(["not_started", "in_progress", "done", "delayed", "dropped"]);
const status = z.enum(["unknown", ...reportedStatus.options]);

export const commitmentRouter = router({
  list: readProcedure
    .input(
      z.object({
        plan: codeSchema.optional(),
        node: codeSchema.optional(),
        organisation: codeSchema.optional(),
        status: status.optional(),
        lateOnly: z.boolean().optional(),
        deadlineBy: z.string().date().optional(),
      }),
    )
    .query(({ ctx, input }) => listCommitments(ctx.db, input)),
  history: readProcedure
    .input(z.object({ code: codeSchema }))
    .query(({ ctx, input }) => commitmentHistory(ctx.db, input.code)),
  updateStatus: roleProcedure("EDITOR")
    .input(
      z.object({
        code: codeSchema,
        date: z.string().date(),
        status: reportedStatus,
        progress: z.number().int().min(0).max(100).optional(),
        note: z.string().trim().max(4000).optional(),
      }),
    )
    .mutation(({ ctx, input }) => updateCommitmentStatus(ctx.db, ctx.actor, input)),
});
