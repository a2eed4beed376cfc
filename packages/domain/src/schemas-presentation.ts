import { z } from "zod";
import { codeSchema } from "./schemas.js";

/** What a board deck is built from: the plan, the date it is frozen at and the date from which
 *  commitment changes are shown. The presentation's address carries the same two dates. */
export const deckDatesSchema = z.object({
  asOf: z.string().date().optional(),
  since: z.string().date().optional(),
});

export const deckInputSchema = deckDatesSchema.extend({ code: codeSchema });
