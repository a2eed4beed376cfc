import { createLazyRoute } from "@tanstack/react-router";
import { CorrectiveActionsPage } from "../features/target-cycle/corrective-actions-page";

export const Route = createLazyRoute("/bijsturing")({ component: CorrectiveActionsPage });
