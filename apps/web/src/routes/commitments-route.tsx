import { createLazyRoute } from "@tanstack/react-router";
import { CommitmentsPage } from "../features/commitments/commitments-page";

export const Route = createLazyRoute("/commitments")({ component: CommitmentsPage });
