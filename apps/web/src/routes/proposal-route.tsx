import { createLazyRoute } from "@tanstack/react-router";
import { ProposalPage } from "../features/target-cycle/proposal-page";

export const Route = createLazyRoute("/voorstellen/$id")({ component: ProposalPage });
