import { planRouter } from "./plan/plan.router.js";
import { router } from "./trpc.js";

export const appRouter = router({
  plan: planRouter,
});

export type AppRouter = typeof appRouter;
