import { codeSchema } from "@boordtabel/domain";
import { z } from "zod";
import { editorProcedure, router } from "../trpc.js";
import { dueList } from "./due.service.js";

export const dueRouter = router({
  list: editorProcedure
    .input(z.object({ plan: codeSchema }))
    .query(({ ctx, input }) => dueList(ctx.db, ctx.actor, input)),
});
