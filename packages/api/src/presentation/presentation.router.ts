import { deckInputSchema } from "@boordtabel/domain";
import { readProcedure, router } from "../trpc.js";
import { getDeck } from "./presentation.service.js";

export const presentationRouter = router({
  deck: readProcedure.input(deckInputSchema).query(({ ctx, input }) => getDeck(ctx.db, input)),
});
