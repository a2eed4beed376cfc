import { auditRouter } from "./audit-log/audit.router.js";
import { commitmentRouter } from "./commitment/commitment.router.js";
import { dueRouter } from "./due/due.router.js";
import { importRouter } from "./import/import.router.js";
import { kpiRouter } from "./kpi/kpi.router.js";
import { reviewRouter } from "./review/review.router.js";
import { targetRouter } from "./target/target.router.js";
import { measurementRouter } from "./measurement/measurement.router.js";
import { planRouter } from "./plan/plan.router.js";
import {
  annotationProcedures,
  benchmarkProcedures,
  commitmentAdmin,
  dimensionProcedures,
  scopeProcedures,
  kpiAdmin,
  nodeProcedures,
  organisationProcedures,
  planAdmin,
} from "./structure/structure.routers.js";
import { router } from "./trpc.js";
import { sessionRouter, tokenRouter, userRouter } from "./user/user.router.js";

export const appRouter = router({
  plan: router({ ...planRouter._def.record, ...planAdmin }),
  node: router(nodeProcedures),
  organisation: router(organisationProcedures),
  dimension: router(dimensionProcedures),
  benchmark: router(benchmarkProcedures),
  annotation: router(annotationProcedures),
  measurement: measurementRouter,
  kpi: router({ ...kpiRouter._def.record, ...kpiAdmin }),
  target: targetRouter,
  commitment: router({ ...commitmentRouter._def.record, ...commitmentAdmin }),
  review: reviewRouter,
  audit: auditRouter,
  due: dueRouter,
  import: importRouter,
  session: sessionRouter,
  user: router({ ...userRouter._def.record, ...scopeProcedures }),
  token: tokenRouter,
});

export type AppRouter = typeof appRouter;
