import { createLazyRoute } from "@tanstack/react-router";
import { PlanOverviewPage } from "../features/overview/plan-overview-page";

export const Route = createLazyRoute("/plans/$code")({ component: PlanOverviewPage });
