import { organisationInputSchema } from "@boordtabel/domain";
import { adminProcedure, readProcedure, router } from "../trpc.js";
import { listOrganisations, saveOrganisation } from "./organisation.service.js";

export const organisationRouter = router({
  list: readProcedure.query(({ ctx }) => listOrganisations(ctx.db)),
  save: adminProcedure
    .input(organisationInputSchema)
    .mutation(({ ctx, input }) => saveOrganisation(ctx.db, ctx.actor, input)),
});
