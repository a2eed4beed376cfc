import { createLazyRoute } from "@tanstack/react-router";
import { KpiPage } from "../features/kpi/kpi-page";

export const Route = createLazyRoute("/kpis/$code")({ component: KpiPage });
