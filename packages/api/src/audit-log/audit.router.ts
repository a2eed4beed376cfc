import { codeSchema, singleLineText } from "@boordtabel/domain";
import { z } from "zod";
import { editorOrReviewerProcedure, router } from "../trpc.js";
import { entityHistory, kpiHistory } from "./audit-log.service.js";

/** Who changed what, when and why (editors, reviewers and admins). */
export const auditRouter = router({
  history: editorOrReviewerProcedure
    .input(z.object({ entityType: singleLineText(60).min(1), entityId: singleLineText(300).min(1) }))
    .query(({ ctx, input }) => entityHistory(ctx.db, input)),
  kpi: editorOrReviewerProcedure
    .input(z.object({ code: codeSchema }))
    .query(({ ctx, input }) => kpiHistory(ctx.db, input.code)),
});
