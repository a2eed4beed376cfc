import { createRootRoute, createRoute, createRouter, redirect } from "@tanstack/react-router";
import { z } from "zod";
import { Layout } from "./components/layout";
import { RouteError } from "./components/route-error";

const asOfSearch = z.object({ asOf: z.string().date().optional(), lang: z.enum(["nl", "en"]).optional() });

const rootRoute = createRootRoute({ component: Layout });

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  beforeLoad: () => {
    // TanStack Router redirects by throwing its redirect object.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    throw redirect({ to: "/plans/$code", params: { code: "IAB" } });
  },
});

const planRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/plans/$code",
  validateSearch: asOfSearch,
}).lazy(() => import("./routes/plan-route").then((m) => m.Route));

const kpiRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/kpis/$code",
  validateSearch: asOfSearch.extend({ series: z.string().optional() }),
}).lazy(() => import("./routes/kpi-route").then((m) => m.Route));

const methodologyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/methodologie",
  validateSearch: z.object({ lang: z.enum(["nl", "en"]).optional() }),
}).lazy(() => import("./routes/methodology-route").then((m) => m.Route));

const commitmentsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/commitments",
  validateSearch: z.object({
    plan: z.string().optional(),
    node: z.string().optional(),
    organisation: z.string().optional(),
    status: z.enum(["unknown", "not_started", "in_progress", "done", "delayed", "dropped"]).optional(),
    late: z.boolean().optional(),
    deadlineBy: z.string().date().optional(),
    lang: z.enum(["nl", "en"]).optional(),
  }),
}).lazy(() => import("./routes/commitments-route").then((m) => m.Route));

const presentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/present/$planCode",
  validateSearch: z.object({ lang: z.enum(["nl", "en"]).optional() }),
}).lazy(() => import("./routes/present-route").then((m) => m.Route));

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/login",
  validateSearch: z.object({
    redirect: z.string().startsWith("/").optional(),
    expired: z.boolean().optional(),
    lang: z.enum(["nl", "en"]).optional(),
  }),
}).lazy(() => import("./routes/login-route").then((m) => m.Route));

const lang = { lang: z.enum(["nl", "en"]).optional() };
/** The router reads `?period=2030` as the number 2030; a period is always text. */
const periodParam = z.coerce.string().optional();

const dueRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/due",
  validateSearch: z.object({ plan: z.string().optional(), ...lang }),
}).lazy(() => import("./routes/due-route").then((m) => m.Route));

const kpiEntryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/kpis/$code/entry",
  validateSearch: z.object({ period: periodParam, series: z.string().optional(), ...lang }),
}).lazy(() => import("./routes/kpi-entry-route").then((m) => m.Route));

const gridRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/entry",
  validateSearch: z.object({ plan: z.string().optional(), period: periodParam, ...lang }),
}).lazy(() => import("./routes/grid-route").then((m) => m.Route));

const importRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/import",
  validateSearch: z.object({ plan: z.string().optional(), ...lang }),
}).lazy(() => import("./routes/import-route").then((m) => m.Route));

const reviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/review",
  validateSearch: z.object({ ...lang }),
}).lazy(() => import("./routes/review-route").then((m) => m.Route));

const adminRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/admin",
  validateSearch: z.object({ ...lang }),
}).lazy(() => import("./routes/admin-route").then((m) => m.Route));

export const router = createRouter({
  defaultErrorComponent: RouteError,
  routeTree: rootRoute.addChildren([
    indexRoute,
    planRoute,
    kpiRoute,
    kpiEntryRoute,
    methodologyRoute,
    commitmentsRoute,
    presentRoute,
    loginRoute,
    dueRoute,
    gridRoute,
    importRoute,
    reviewRoute,
    adminRoute,
  ]),
});

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
