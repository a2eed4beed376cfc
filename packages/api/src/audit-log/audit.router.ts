import { codeSchema, singleLineText } from "@boordtabel/domain";
import { z } from "zod";
import { editorOrReviewerProcedure, router } from "../trpc.js";
import { entityHistory, kpiHistory } from "./audit-log.service.js";

/** Who changed what, when and why: editors, reviewers and admins for the plans' data, admins
 *  alone for accounts, API tokens and settings (`mayReadHistory`). */
export const auditRouter = router({
  history: editorOrReviewerProcedure
    .input(z.object({ entityType: singleLineText(60).min(1), entityId: singleLineText(300).min(1) }))
    .query(({ ctx, input }) => entityHistory(ctx.db, ctx.actor, input)),
  kpi: editorOrReviewerProcedure
    .input(z.object({ code: codeSchema }))
    .query(({ ctx, input }) => kpiHistory(ctx.db, input.code)),
});
