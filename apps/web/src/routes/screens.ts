import type { TranslationKey } from "../i18n/keys";
import { deckDatesSchema } from "@boordtabel/domain";
import { z } from "zod";
import type { RequiredRole } from "../lib/session";

const lang = { lang: z.enum(["nl", "en"]).optional() };
const asOf = { asOf: z.string().date().optional(), ...lang };
/** The router reads `?period=2030` as the number 2030; a period is always text. */
const period = z.coerce.string().optional();
const plan = z.string().optional();

/** The search of a screen that names none: only `?lang=en`. */
export const languageOnly = z.object(lang);
const planSearch = z.object({ plan, ...lang });
const asOfSearch = z.object(asOf);
const kpiSearch = z.object({ ...asOf, series: z.string().optional() });
const entrySearch = z.object({ period, series: z.string().optional(), ...lang });
const gridSearch = z.object({ plan, period, ...lang });
const commitmentsSearch = z.object({
  plan,
  node: z.string().optional(),
  organisation: z.string().optional(),
  status: z.enum(["unknown", "not_started", "in_progress", "done", "delayed", "dropped"]).optional(),
  late: z.boolean().optional(),
  deadlineBy: z.string().date().optional(),
  ...lang,
});
/** A board deck: the slide (1-based), the date it is frozen at, the start of the commitment
 *  changes, and `all=1` to show KPIs without data too. A bad number falls back to the default. */
const presentSearch = z.object({
  slide: z.coerce.number().int().min(1).optional().catch(undefined),
  ...deckDatesSchema.shape,
  all: z.literal(1).optional().catch(undefined),
  ...lang,
});
const loginSearch = z.object({
  redirect: z.string().startsWith("/").optional(),
  expired: z.boolean().optional(),
  ...lang,
});

/** better-auth's error code on a refused or failed single sign-on. */
const refusedSearch = z.object({ error: z.string().max(100).optional(), ...lang });

export type SearchSchema = z.ZodType<Record<string, unknown>, Record<string, unknown>>;

export interface Screen {
  path: string;
  /** What the address may carry after `?`; only `?lang=en` when left out. */
  search?: SearchSchema;
  /** Who may open it (see `allows`); open to everyone when left out. */
  role?: RequiredRole;
  /** Message key of the document title. */
  title: TranslationKey;
  /** Shown without the app's header and navigation (the presentation fills the screen). */
  bare?: boolean;
  /** The screen's code, loaded when first opened. */
  page: () => Promise<{ Route: unknown }>;
}

/** Every screen of the app, once. The router builds its routes from this table
 *  and gives every screen the document title, focus on its h1 and the role gate; the header
 *  shows the links the user's role allows. */
export const screens = {
  plan: { path: "/plans/$code", search: asOfSearch, title: "app.overview", page: () => import("./plan-route") },
  kpi: { path: "/kpis/$code", search: kpiSearch, title: "screen.kpi", page: () => import("./kpi-route") },
  kpiEntry: {
    path: "/kpis/$code/entry",
    search: entrySearch,
    role: "editor",
    title: "entry.form",
    page: () => import("./kpi-entry-route"),
  },
  methodology: { path: "/methodologie", title: "methodology.title", page: () => import("./methodology-route") },
  accessibility: {
    path: "/toegankelijkheid",
    title: "accessibilityStatement.title",
    page: () => import("./accessibility-route"),
  },
  commitments: {
    path: "/commitments",
    search: commitmentsSearch,
    title: "commitments.title",
    page: () => import("./commitments-route"),
  },
  commitment: {
    path: "/commitments/$code",
    title: "agenda.sheetTitle",
    page: () => import("./commitment-route"),
  },
  present: {
    path: "/present/$planCode",
    search: presentSearch,
    bare: true,
    title: "present.start",
    page: () => import("./present-route"),
  },
  printPlan: {
    path: "/print/plans/$code",
    search: asOfSearch,
    title: "boardPack.title",
    page: () => import("./print-plan-route"),
  },
  login: { path: "/login", search: loginSearch, title: "login.title", page: () => import("./login-route") },
  signInRefused: {
    path: "/login/refused",
    search: refusedSearch,
    title: "login.title",
    page: () => import("./sign-in-refused-route"),
  },
  due: { path: "/due", search: planSearch, role: "editor", title: "app.due", page: () => import("./due-route") },
  grid: { path: "/entry", search: gridSearch, role: "editor", title: "grid.title", page: () => import("./grid-route") },
  import: {
    path: "/import",
    search: planSearch,
    role: "editor",
    title: "import.title",
    page: () => import("./import-route"),
  },
  review: { path: "/review", role: "reviewer", title: "review.title", page: () => import("./review-route") },
  admin: { path: "/admin", role: "admin", title: "admin.title", page: () => import("./admin-route") },
  notifications: {
    path: "/meldingen",
    role: "viewer",
    title: "notifications.title",
    page: () => import("./notifications-route"),
  },
  organisation: {
    path: "/organisaties/$code",
    title: "targetCycle.organisationTitle",
    page: () => import("./organisation-route"),
  },
  proposal: {
    path: "/voorstellen/$id",
    role: "viewer",
    title: "targetCycle.proposals",
    page: () => import("./proposal-route"),
  },
  proposalForm: {
    path: "/kpis/$code/voorstel",
    role: "editor",
    title: "targetCycle.propose",
    page: () => import("./proposal-form-route"),
  },
  correctiveActions: {
    path: "/bijsturing",
    role: "viewer",
    title: "targetCycle.needed",
    page: () => import("./corrective-actions-route"),
  },
} as const satisfies Record<string, Screen>;
