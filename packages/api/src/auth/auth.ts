import type { Db } from "@boordtabel/db";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { applyOidcSignIn, OIDC_PROVIDER_ID, oidcPlugin, pendingClaims, type OidcSettings } from "./oidc.js";

export interface AuthOptions {
  db: Db;
  /** The public address of the app, e.g. http://localhost:3000. */
  baseURL: string;
  secret: string;
  /** Further origins allowed to call mutations (a separate front end, for instance). */
  trustedOrigins?: string[];
  /** Secure cookies are required behind HTTPS in production. */
  secureCookies?: boolean;
  /** Sign-in attempts per account per minute (apps/api enforces it; see sign-in-limit.ts). */
  signInPerMinute?: number;
  /** Single sign-on with an OpenID Connect provider (OIDC_* settings); none when left out. */
  oidc?: OidcSettings | null;
  /** False (AUTH_PASSWORD=off) turns e-mail and password sign-in off; only with `oidc`. */
  passwordSignIn?: boolean;
  /** Sign-in attempts per client address per minute; looser, so a meeting room behind one
   *  NAT does not lock itself out. Never stricter than the per-account limit. */
  signInPerAddressPerMinute?: number;
}

/** Where a refused single sign-on lands (better-auth adds `?error=<code>`). */
export const SIGN_IN_REFUSED_PATH = "/login/refused";

/** better-auth on the app's PostgreSQL through Prisma: e-mail and password (scrypt), sessions
 *  in http-only SameSite=Lax cookies, database-backed rate limiting. Accounts are created by
 *  admins, never by open sign-up. Single sign-on with an OIDC provider is better-auth's generic
 *  OAuth plugin (oidc.ts), which links only users that already exist. */
export function createAuth(options: AuthOptions) {
  const { oidc } = options;
  const pending = pendingClaims();
  return betterAuth({
    appName: "Boordtabel",
    baseURL: options.baseURL,
    basePath: "/api/auth",
    secret: options.secret,
    database: prismaAdapter(options.db, { provider: "postgresql" }),
    trustedOrigins: [options.baseURL, ...(options.trustedOrigins ?? [])],
    emailAndPassword: {
      enabled: options.passwordSignIn !== false,
      disableSignUp: true,
      minPasswordLength: 12,
      maxPasswordLength: 256,
    },
    plugins: oidc ? [oidcPlugin(oidc, options.baseURL, pending)] : [],
    // A refused or failed single sign-on (unknown subject, tampered state, …) lands on the
    // web app's page that says why, not on better-auth's bare error page.
    onAPIError: { errorURL: `${options.baseURL}${SIGN_IN_REFUSED_PATH}` },
    databaseHooks: {
      session: {
        create: {
          // The provider's claims set role and organisation at each sign-in; false: no session.
          before: async (session, context) => {
            if (!oidc || context?.params?.["id"] !== OIDC_PROVIDER_ID || !context.path.startsWith("/callback/")) return;
            return (await applyOidcSignIn(options.db, oidc.rules, pending, session.userId)) ? undefined : false;
          },
        },
      },
    },
    user: {
      additionalFields: {
        role: { type: "string", input: false, defaultValue: "VIEWER" },
        disabled: { type: "boolean", input: false, defaultValue: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 300,
      customRules: {
        "/sign-in/email": {
          window: 60,
          max: Math.max(options.signInPerAddressPerMinute ?? 30, options.signInPerMinute ?? 5),
        },
        // Only starts a redirect to the provider, which guards the password itself.
        "/sign-in/social": { window: 60, max: Math.max(options.signInPerMinute ?? 0, 30) },
      },
    },
    advanced: {
      useSecureCookies: options.secureCookies ?? false,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      // The server overwrites this header with the socket's address, so clients cannot spoof it.
      ipAddress: { ipAddressHeaders: ["x-boordtabel-client-ip"] },
    },
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;
