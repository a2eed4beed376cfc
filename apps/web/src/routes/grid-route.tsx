import { createLazyRoute } from "@tanstack/react-router";
import { GridPage } from "../features/entry/grid-page";

export const Route = createLazyRoute("/entry")({ component: GridPage });
