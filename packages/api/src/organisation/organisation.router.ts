import { codeSchema, organisationInputSchema } from "@boordtabel/domain";
import { z } from "zod";
import { textIdSchema } from "../input-schemas.js";
import { adminProcedure, readProcedure, router } from "../trpc.js";
import { assignUserOrganisation, organisationView } from "./organisation-view.service.js";
import { listOrganisations, saveOrganisation } from "./organisation.service.js";

export const organisationRouter = router({
  list: readProcedure.query(({ ctx }) => listOrganisations(ctx.db)),
  save: adminProcedure
    .input(organisationInputSchema)
    .mutation(({ ctx, input }) => saveOrganisation(ctx.db, ctx.actor, input)),
  view: readProcedure
    .input(z.object({ code: codeSchema }))
    .query(({ ctx, input }) => organisationView(ctx.db, ctx.actor, input.code)),
  assignUser: adminProcedure
    .input(z.object({ userId: textIdSchema, organisation: codeSchema.nullable() }))
    .mutation(({ ctx, input }) => assignUserOrganisation(ctx.db, ctx.actor, input)),
});
