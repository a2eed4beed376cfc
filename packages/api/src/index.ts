export { appRouter, type AppRouter } from "./root.js";
export { createCallerFactory, toClientError, type Context } from "./trpc.js";
export { pickLocale, translate, type Locale } from "./i18n.js";
export { openData, CSV_COLUMNS, type RestResponse } from "./rest/open-data.js";
export type { PlanDetail, PlanSummary } from "./plan/plan.service.js";
export type { PlanNodeDto } from "./plan/plan-tree.js";
export type { KpiObservations } from "./kpi/kpi-export.service.js";
