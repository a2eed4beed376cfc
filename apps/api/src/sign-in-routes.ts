import { message, type OidcSettings } from "@boordtabel/api";
import type { FastifyInstance } from "fastify";
import { sendError } from "./http-errors.js";
import { localeOf } from "./locale.js";

/** What the sign-in page offers: the password form, single sign-on, and whom to ask. */
export interface SignInOptions {
  password: boolean;
  provider: { id: string; name: string } | null;
  /** Whom a user refused by single sign-on should ask for access; null: "an administrator". */
  contact: string | null;
}

/** GET /api/sign-in-options for the sign-in and refusal pages; with AUTH_PASSWORD=off the
 *  server itself refuses password sign-in, whatever a client sends. */
export function registerSignInRoutes(
  app: FastifyInstance,
  settings: { oidc?: OidcSettings | null; passwordSignIn?: boolean; accessContact?: string | null },
): void {
  const options: SignInOptions = {
    password: settings.passwordSignIn !== false,
    provider: settings.oidc ? { id: "oidc", name: settings.oidc.providerName } : null,
    contact: settings.accessContact ?? null,
  };
  app.get("/api/sign-in-options", async (_request, reply) => reply.header("cache-control", "no-store").send(options));

  if (options.password) return;
  app.addHook("onRequest", async (request, reply) => {
    if (!request.url.startsWith("/api/auth/sign-in/email")) return;
    return sendError(reply, {
      code: "FORBIDDEN",
      status: 403,
      messageKey: "auth.passwordOff",
      message: message(localeOf(request), "auth.passwordOff"),
      issues: [],
    });
  });
}
