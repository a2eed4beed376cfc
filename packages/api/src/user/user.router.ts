import { z } from "zod";
import { createAccount, newAccountSchema, roleSchema } from "../auth/accounts.js";
import { createApiToken, revokeApiToken } from "../auth/tokens.js";
import { isPublicRead, setPublicRead } from "../settings/settings.service.js";
import { authedProcedure, publicProcedure, roleProcedure, router } from "../trpc.js";
import { listTokens, listUsers, updateUser } from "./user.service.js";

const admin = roleProcedure("ADMIN");

export const sessionRouter = router({
  me: publicProcedure.query(({ ctx }) => ctx.actor),
  settings: publicProcedure.query(async ({ ctx }) => ({ publicRead: await isPublicRead(ctx.db) })),
});

export const userRouter = router({
  list: admin.query(({ ctx }) => listUsers(ctx.db)),
  create: admin.input(newAccountSchema).mutation(({ ctx, input }) => createAccount(ctx.db, input, ctx.audit)),
  update: admin
    .input(z.object({ id: z.string().min(1).max(100), role: roleSchema.optional(), disabled: z.boolean().optional() }))
    .mutation(({ ctx, input: { id, ...change } }) => updateUser(ctx.db, ctx.audit, id, change)),
  setPublicRead: admin
    .input(z.object({ publicRead: z.boolean() }))
    .mutation(({ ctx, input }) => setPublicRead(ctx.db, ctx.audit, input.publicRead)),
});

export const tokenRouter = router({
  list: authedProcedure.query(({ ctx }) => listTokens(ctx.db, ctx.actor.id)),
  create: authedProcedure
    .input(z.object({ name: z.string().trim().min(1).max(100), expiresAt: z.string().datetime().nullish() }))
    .mutation(({ ctx, input }) =>
      createApiToken(ctx.db, ctx.audit, input.name, input.expiresAt ? new Date(input.expiresAt) : null),
    ),
  revoke: authedProcedure
    .input(z.object({ id: z.string().min(1).max(100) }))
    .mutation(({ ctx, input }) => revokeApiToken(ctx.db, input.id, { ...ctx.audit, role: ctx.actor.role })),
});
