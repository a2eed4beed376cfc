import { createLazyRoute } from "@tanstack/react-router";
import { ImportPage } from "../features/import/import-page";

export const Route = createLazyRoute("/import")({ component: ImportPage });
