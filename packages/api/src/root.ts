import { annotationRouter } from "./annotation/annotation.router.js";
import { auditRouter } from "./audit-log/audit.router.js";
import { benchmarkRouter } from "./benchmark/benchmark.router.js";
import { commitmentRouter } from "./commitment/commitment.router.js";
import { dimensionRouter } from "./dimension/dimension.router.js";
import { dueRouter } from "./due/due.router.js";
import { importRouter } from "./import/import.router.js";
import { kpiRouter } from "./kpi/kpi.router.js";
import { measurementRouter } from "./measurement/measurement.router.js";
import { nodeRouter } from "./node/node.router.js";
import { notificationRouter } from "./notification/notification.router.js";
import { organisationRouter } from "./organisation/organisation.router.js";
import { planRouter } from "./plan/plan.router.js";
import { presentationRouter } from "./presentation/presentation.router.js";
import { reviewRouter } from "./review/review.router.js";
import { targetRouter } from "./target/target.router.js";
import { router } from "./trpc.js";
import { sessionRouter, tokenRouter, userRouter } from "./user/user.router.js";

export const appRouter = router({
  plan: planRouter,
  presentation: presentationRouter,
  node: nodeRouter,
  organisation: organisationRouter,
  dimension: dimensionRouter,
  benchmark: benchmarkRouter,
  annotation: annotationRouter,
  measurement: measurementRouter,
  kpi: kpiRouter,
  target: targetRouter,
  commitment: commitmentRouter,
  review: reviewRouter,
  audit: auditRouter,
  due: dueRouter,
  import: importRouter,
  session: sessionRouter,
  user: userRouter,
  token: tokenRouter,
  notification: notificationRouter,
});

export type AppRouter = typeof appRouter;
