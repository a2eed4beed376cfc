import { createLazyRoute } from "@tanstack/react-router";
import { PresentationPage } from "../features/present/presentation-page";

export const Route = createLazyRoute("/present/$planCode")({ component: PresentationPage });
