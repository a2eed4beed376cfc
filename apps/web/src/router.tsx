import { createRootRoute, createRoute, createRouter, redirect } from "@tanstack/react-router";
import { z } from "zod";
import { Layout } from "./components/layout";

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

const commitmentsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/commitments",
  validateSearch: z.object({
    plan: z.string().optional(),
    node: z.string().optional(),
    organisation: z.string().optional(),
    status: z.enum(["not_started", "in_progress", "done", "delayed", "dropped"]).optional(),
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

export const router = createRouter({
  routeTree: rootRoute.addChildren([indexRoute, planRoute, kpiRoute, commitmentsRoute, presentRoute]),
});

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
