import { createLazyRoute } from "@tanstack/react-router";
import { ProposalFormPage } from "../features/target-cycle/proposal-form-page";

export const Route = createLazyRoute("/kpis/$code/voorstel")({ component: ProposalFormPage });
