import { createLazyRoute } from "@tanstack/react-router";
import { LoginPage } from "../features/auth/login-page";

export const Route = createLazyRoute("/login")({ component: LoginPage });
