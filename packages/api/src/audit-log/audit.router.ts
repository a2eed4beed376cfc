import { z } from "zod";
import { roleProcedure, router } from "../trpc.js";

/** Who changed what, when and why, per entity (editors, reviewers and admins). */
export const auditRouter = router({
  history: roleProcedure("EDITOR", "REVIEWER")
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
});
