import { idSchema } from "@boordtabel/domain";
import { z } from "zod";
import { authedProcedure, router } from "../trpc.js";
import { listNotifications, markAllRead, markRead, unreadCount } from "./notification.service.js";

/** The signed-in user's own inbox: every role, only one's own items. */
export const notificationRouter = router({
  list: authedProcedure.query(({ ctx }) => listNotifications(ctx.db, ctx.actor)),
  unreadCount: authedProcedure.query(({ ctx }) => unreadCount(ctx.db, ctx.actor)),
  markRead: authedProcedure
    .input(z.object({ ids: z.array(idSchema).max(500) }))
    .mutation(({ ctx, input }) => markRead(ctx.db, ctx.actor, input, ctx.locale)),
  markAllRead: authedProcedure.mutation(({ ctx }) => markAllRead(ctx.db, ctx.actor, ctx.locale)),
});
