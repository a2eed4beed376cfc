import { createLazyRoute } from "@tanstack/react-router";
import { DuePage } from "../features/due/due-page";

export const Route = createLazyRoute("/due")({ component: DuePage });
