import { createLazyRoute } from "@tanstack/react-router";
import { MethodologyPage } from "../features/methodology/methodology-page";

export const Route = createLazyRoute("/methodologie")({ component: MethodologyPage });
