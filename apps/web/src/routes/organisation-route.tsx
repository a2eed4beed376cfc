import { createLazyRoute } from "@tanstack/react-router";
import { OrganisationPage } from "../features/organisation/organisation-page";

export const Route = createLazyRoute("/organisaties/$code")({ component: OrganisationPage });
