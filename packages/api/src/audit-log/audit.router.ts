import { codeSchema } from "@boordtabel/domain";
import { z } from "zod";
import { editorOrReviewerProcedure, router } from "../trpc.js";

/** Who changed what, when and why, per entity (editors, reviewers and admins). */
export const auditRouter = router({
  history: editorOrReviewerProcedure
    .input(z.object({ entityType: z.string().trim().min(1).max(60), entityId: z.string().trim().min(1).max(300) }))
    .query(async ({ ctx, input }) => {
      const rows = await ctx.db.auditLog.findMany({
        where: { entityType: input.entityType, entityId: input.entityId },
        orderBy: { id: "desc" },
        take: 500,
        select: { id: true, at: true, actorLabel: true, action: true, before: true, after: true, reason: true },
      });
      return rows.map((r) => ({ ...r, id: String(r.id), at: r.at.toISOString() }));
    }),
  /** Every change to one KPI: its definition, its values (one by one or in batches) and its
   *  target paths, newest first. */
  kpi: editorOrReviewerProcedure.input(z.object({ code: codeSchema })).query(async ({ ctx, input }) => {
    const prefix = `${input.code}/`;
    const rows = await ctx.db.auditLog.findMany({
      where: {
        OR: [
          { entityType: "kpi", entityId: input.code },
          { entityType: { in: ["measurement", "series", "target_path"] }, entityId: { startsWith: prefix } },
        ],
      },
      orderBy: { id: "desc" },
      take: 200,
      select: { id: true, at: true, actorLabel: true, action: true, entityId: true, reason: true },
    });
    return rows.map((r) => ({ ...r, id: String(r.id), at: r.at.toISOString() }));
  }),
});
