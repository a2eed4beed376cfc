import { createLazyRoute } from "@tanstack/react-router";
import { AdminPage } from "../features/admin/admin-page";

export const Route = createLazyRoute("/admin")({ component: AdminPage });
