import type { Db } from "@boordtabel/db";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";

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
  /** Sign-in attempts per client address per minute; looser, so a meeting room behind one
   *  NAT does not lock itself out. Never stricter than the per-account limit. */
  signInPerAddressPerMinute?: number;
}

/** better-auth on the app's PostgreSQL through Prisma: e-mail and password (scrypt), sessions
 *  in http-only SameSite=Lax cookies, database-backed rate limiting. Accounts are created by
 *  admins, never by open sign-up. An OIDC provider can be added under `socialProviders` or with
 *  the generic OAuth plugin without touching the rest. */
export function createAuth(options: AuthOptions) {
  return betterAuth({
    appName: "Boordtabel",
    baseURL: options.baseURL,
    basePath: "/api/auth",
    secret: options.secret,
    database: prismaAdapter(options.db, { provider: "postgresql" }),
    trustedOrigins: [options.baseURL, ...(options.trustedOrigins ?? [])],
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12, maxPasswordLength: 256 },
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
