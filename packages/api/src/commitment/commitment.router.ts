import { codeSchema, commitmentInputSchema, idSchema, multiLineText, sourceUrlSchema } from "@boordtabel/domain";
import { z } from "zod";
import { titleSchema } from "../input-schemas.js";
import { adminProcedure, editorProcedure, readProcedure, reviewerProcedure, router } from "../trpc.js";
import { addMilestone, completeMilestone, linkKpi, saveCommitment } from "./commitment-admin.service.js";
import { createCommitmentNote } from "./commitment-notes.service.js";
import { commitmentSheet } from "./commitment-sheet.service.js";
import { planCommitments } from "./plan-commitments.service.js";
import { commitmentHistory, listCommitments, updateCommitmentStatus } from "./commitment.service.js";

const reportedStatus = z.enum(["not_started", "in_progress", "done", "delayed", "dropped"]);
const status = z.enum(["unknown", ...reportedStatus.options]);
/** Only web addresses (the one source-link rule): a "javascript:" or "data:" link must never
 *  reach a page. */
const evidenceUrl = sourceUrlSchema;

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
  sheet: readProcedure.input(z.object({ code: codeSchema })).query(({ ctx, input }) => commitmentSheet(ctx.db, input)),
  byPlan: readProcedure.input(z.object({ plan: codeSchema })).query(({ ctx, input }) => planCommitments(ctx.db, input)),
  history: readProcedure
    .input(z.object({ code: codeSchema }))
    .query(({ ctx, input }) => commitmentHistory(ctx.db, input.code)),
  updateStatus: editorProcedure
    .input(
      z.object({
        code: codeSchema,
        date: z.string().date(),
        status: reportedStatus,
        progress: z.number().int().min(0).max(100).optional(),
        note: multiLineText(4000).optional(),
        evidenceUrl: evidenceUrl.optional(),
      }),
    )
    .mutation(({ ctx, input }) => updateCommitmentStatus(ctx.db, ctx.actor, input)),
  addNote: reviewerProcedure
    .input(
      z.object({
        commitment: codeSchema,
        kind: z.enum(["comment", "reservation"]),
        body: multiLineText(4000).min(1),
      }),
    )
    .mutation(({ ctx, input }) => createCommitmentNote(ctx.db, ctx.actor, input)),
  save: adminProcedure
    .input(commitmentInputSchema)
    .mutation(({ ctx, input }) => saveCommitment(ctx.db, ctx.actor, input)),
  linkKpi: adminProcedure
    .input(z.object({ commitment: codeSchema, kpi: codeSchema, linked: z.boolean() }))
    .mutation(({ ctx, input }) => linkKpi(ctx.db, ctx.actor, input)),
  addMilestone: editorProcedure
    .input(
      z.object({
        commitment: codeSchema,
        titleNl: titleSchema,
        titleEn: titleSchema,
        dueDate: z.string().date().optional(),
      }),
    )
    .mutation(({ ctx, input }) => addMilestone(ctx.db, ctx.actor, input)),
  completeMilestone: editorProcedure
    .input(z.object({ id: idSchema, doneAt: z.string().date() }))
    .mutation(({ ctx, input }) => completeMilestone(ctx.db, ctx.actor, input)),
});
