import { codeSchema, singleLineText } from "@boordtabel/domain";
import { textIdSchema } from "../input-schemas.js";
import { z } from "zod";
import { createAccount, newAccountSchema, roleSchema } from "../auth/accounts.js";
import { createApiToken, revokeApiToken } from "../auth/tokens.js";
import { isPublicRead, setPublicRead } from "../settings/settings.service.js";
import { adminProcedure, authedProcedure, publicProcedure, router } from "../trpc.js";
import { setEditorScopes } from "./editor-scopes.service.js";
import { listTokens, listUsers, updateUser } from "./user.service.js";

export const sessionRouter = router({
  // The caller as the web app knows it; the audit label is the server's business.
  me: publicProcedure.query(({ ctx }) => {
    if (!ctx.actor) return null;
    const { label: _label, ...me } = ctx.actor;
    return me;
  }),
  settings: publicProcedure.query(async ({ ctx }) => ({ publicRead: await isPublicRead(ctx.db) })),
});

export const userRouter = router({
  list: adminProcedure.query(({ ctx }) => listUsers(ctx.db)),
  create: adminProcedure.input(newAccountSchema).mutation(({ ctx, input }) => createAccount(ctx.db, input, ctx.actor)),
  update: adminProcedure
    .input(z.object({ id: textIdSchema, role: roleSchema.optional(), disabled: z.boolean().optional() }))
    .mutation(({ ctx, input: { id, ...change } }) => updateUser(ctx.db, ctx.actor, id, change)),
  setPublicRead: adminProcedure
    .input(z.object({ publicRead: z.boolean() }))
    .mutation(({ ctx, input }) => setPublicRead(ctx.db, ctx.actor, input.publicRead)),
  setScopes: adminProcedure
    .input(
      z.object({
        userId: textIdSchema,
        kpis: z.array(codeSchema).max(500),
        organisations: z.array(codeSchema).max(100),
      }),
    )
    .mutation(({ ctx, input }) => setEditorScopes(ctx.db, ctx.actor, input)),
});

export const tokenRouter = router({
  list: authedProcedure.query(({ ctx }) => listTokens(ctx.db, ctx.actor.id)),
  create: authedProcedure
    .input(z.object({ name: singleLineText(100).min(1), expiresAt: z.string().datetime().nullish() }))
    .mutation(({ ctx, input }) =>
      createApiToken(ctx.db, ctx.actor, input.name, input.expiresAt ? new Date(input.expiresAt) : null),
    ),
  revoke: authedProcedure
    .input(z.object({ id: textIdSchema }))
    .mutation(({ ctx, input }) => revokeApiToken(ctx.db, input.id, ctx.actor)),
});
