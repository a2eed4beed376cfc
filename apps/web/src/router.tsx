import { createRootRoute, createRoute, createRouter, redirect } from "@tanstack/react-router";
import { Layout } from "./components/layout";
import { NotFound } from "./components/access-pages";
import i18n from "./i18n";
import type { TranslationKey } from "./i18n/keys";
import { RouteError } from "./components/route-error";
import { DEFAULT_PLAN } from "./lib/default-plan";
import type { RequiredRole } from "./lib/session";
import { languageOnly, screens, type Screen, type SearchSchema } from "./routes/screens";

declare module "@tanstack/react-router" {
  interface StaticDataRouteOption {
    /** Set on every screen route (see routes/screens.ts); the root reads them. */
    role?: RequiredRole;
    title?: TranslationKey;
    bare?: boolean;
  }
}

/** The one mechanism that keeps the language in every in-app address (links, redirects, the way
 *  back after signing in): each address built by the router gets `?lang=en` while the page is
 *  English, and loses it while Dutch, whatever the link itself says. */
const rootRoute = createRootRoute({
  component: Layout,
  notFoundComponent: NotFound,
  validateSearch: languageOnly,
  search: {
    middlewares: [
      ({ search, next }) => {
        const { lang: _, ...rest } = next(search);
        return i18n.language === "en" ? { ...rest, lang: "en" as const } : rest;
      },
    ],
  },
});

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  beforeLoad: () => {
    // TanStack Router redirects by throwing its redirect object.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    throw redirect({ to: "/plans/$code", params: { code: DEFAULT_PLAN } });
  },
});

/** A route from its line in the table; the root (Layout) reads `staticData` for the title,
 *  the focus and the role gate. */
function screenRoute<const TPath extends string, TSearch extends SearchSchema = typeof languageOnly>(
  screen: Screen & { path: TPath; search?: TSearch },
) {
  return createRoute({
    getParentRoute: () => rootRoute,
    path: screen.path,
    validateSearch: (screen.search ?? languageOnly) as TSearch,
    staticData: { role: screen.role, title: screen.title, bare: screen.bare },
  }).lazy(() => screen.page().then((m) => m.Route as never));
}

export const router = createRouter({
  defaultErrorComponent: RouteError,
  routeTree: rootRoute.addChildren([
    indexRoute,
    screenRoute(screens.plan),
    screenRoute(screens.kpi),
    screenRoute(screens.kpiEntry),
    screenRoute(screens.methodology),
    screenRoute(screens.accessibility),
    screenRoute(screens.commitments),
    screenRoute(screens.commitment),
    screenRoute(screens.present),
    screenRoute(screens.printPlan),
    screenRoute(screens.login),
    screenRoute(screens.signInRefused),
    screenRoute(screens.due),
    screenRoute(screens.grid),
    screenRoute(screens.import),
    screenRoute(screens.review),
    screenRoute(screens.admin),
    screenRoute(screens.notifications),
    screenRoute(screens.organisation),
    screenRoute(screens.proposal),
    screenRoute(screens.proposalForm),
    screenRoute(screens.correctiveActions),
  ]),
});

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
