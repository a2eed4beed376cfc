import { z } from "zod";
import { memberCodeSchema, titleSchema } from "../input-schemas.js";
import { adminProcedure, readProcedure, router } from "../trpc.js";
import { listDimensions, saveDimension } from "./dimension.service.js";

export const dimensionRouter = router({
  list: readProcedure.query(({ ctx }) => listDimensions(ctx.db)),
  save: adminProcedure
    .input(
      z.object({
        code: memberCodeSchema,
        nameNl: titleSchema,
        nameEn: titleSchema,
        members: z.array(z.object({ code: memberCodeSchema, nameNl: titleSchema, nameEn: titleSchema })).max(200),
      }),
    )
    .mutation(({ ctx, input }) => saveDimension(ctx.db, ctx.actor, input)),
});
