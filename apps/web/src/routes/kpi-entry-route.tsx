import { createLazyRoute } from "@tanstack/react-router";
import { EntryPage } from "../features/entry/entry-page";

export const Route = createLazyRoute("/kpis/$code/entry")({ component: EntryPage });
