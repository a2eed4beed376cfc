import { createLazyRoute } from "@tanstack/react-router";
import { SignInRefusedPage } from "../features/auth/sign-in-refused-page";

export const Route = createLazyRoute("/login/refused")({ component: SignInRefusedPage });
