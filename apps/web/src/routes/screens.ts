import { z } from "zod";
import type { RequiredRole } from "../lib/session";

const lang = { lang: z.enum(["nl", "en"]).optional() };
const asOf = { asOf: z.string().date().optional(), ...lang };
/** The router reads `?period=2030` as the number 2030; a period is always text. */
const period = z.coerce.string().optional();

/** Every screen of the app, once: its address, what its address may carry, who may open it, the
 *  key of its title and its code (loaded when first opened). The router builds its routes from
 *  this table and gives every screen the document title, focus on its h1 and the role gate. */
export const screens = {
  plan: {
    path: "/plans/$code",
    search: z.object(asOf),
    role: null,
    title: "app.overview",
    load: () => import("./plan-route"),
  },
  kpi: {
    path: "/kpis/$code",
    search: z.object({ ...asOf, series: z.string().optional() }),
    role: null,
    title: "screen.kpi",
    load: () => import("./kpi-route"),
  },
  kpiEntry: {
    path: "/kpis/$code/entry",
    search: z.object({ period, series: z.string().optional(), ...lang }),
    role: "editor",
    title: "entry.form",
    load: () => import("./kpi-entry-route"),
  },
  methodology: {
    path: "/methodologie",
    search: z.object(lang),
    role: null,
    title: "methodology.title",
    load: () => import("./methodology-route"),
  },
  commitments: {
    path: "/commitments",
    search: z.object({
      plan: z.string().optional(),
      node: z.string().optional(),
      organisation: z.string().optional(),
      status: z.enum(["unknown", "not_started", "in_progress", "done", "delayed", "dropped"]).optional(),
      late: z.boolean().optional(),
      deadlineBy: z.string().date().optional(),
      ...lang,
    }),
    role: null,
    title: "commitments.title",
    load: () => import("./commitments-route"),
  },
  present: {
    path: "/present/$planCode",
    search: z.object(lang),
    role: null,
    title: "present.start",
    load: () => import("./present-route"),
  },
  login: {
    path: "/login",
    search: z.object({
      redirect: z.string().startsWith("/").optional(),
      expired: z.boolean().optional(),
      ...lang,
    }),
    role: null,
    title: "login.title",
    load: () => import("./login-route"),
  },
  due: {
    path: "/due",
    search: z.object({ plan: z.string().optional(), ...lang }),
    role: "editor",
    title: "app.due",
    load: () => import("./due-route"),
  },
  grid: {
    path: "/entry",
    search: z.object({ plan: z.string().optional(), period, ...lang }),
    role: "editor",
    title: "grid.title",
    load: () => import("./grid-route"),
  },
  import: {
    path: "/import",
    search: z.object({ plan: z.string().optional(), ...lang }),
    role: "editor",
    title: "import.title",
    load: () => import("./import-route"),
  },
  review: {
    path: "/review",
    search: z.object(lang),
    role: "reviewer",
    title: "review.title",
    load: () => import("./review-route"),
  },
  admin: {
    path: "/admin",
    search: z.object(lang),
    role: "admin",
    title: "admin.title",
    load: () => import("./admin-route"),
  },
} as const satisfies Record<string, Screen>;

export interface Screen {
  path: string;
  search: z.ZodType<Record<string, unknown>, Record<string, unknown>>;
  role: RequiredRole;
  title: string;
  load: () => Promise<{ Route: unknown }>;
}
