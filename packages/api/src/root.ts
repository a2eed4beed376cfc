import { kpiRouter } from "./kpi/kpi.router.js";
import { measurementRouter } from "./measurement/measurement.router.js";
import { planRouter } from "./plan/plan.router.js";
import { router } from "./trpc.js";
import { sessionRouter, tokenRouter, userRouter } from "./user/user.router.js";

export const appRouter = router({
  plan: planRouter,
  measurement: measurementRouter,
  kpi: kpiRouter,
  session: sessionRouter,
  user: userRouter,
  token: tokenRouter,
});

export type AppRouter = typeof appRouter;
