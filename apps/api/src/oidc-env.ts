import { parseOrgMap, parseRoleMap, type OidcSettings } from "@boordtabel/api";
import { readFileSync } from "node:fs";
import { z } from "zod";

/** How people sign in: OIDC single sign-on (or none), the password form, and whom to ask. */
export interface SignInEnv {
  oidc: OidcSettings | null;
  /** AUTH_PASSWORD=off turns the password form and password sign-in off. */
  passwordSignIn: boolean;
  /** OIDC_ACCESS_CONTACT: whom a refused user should ask for access. */
  accessContact: string | null;
}

const oidcSchema = z.object({
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET_FILE: z.string().min(1).optional(),
  OIDC_SCOPES: z.string().default("openid profile email"),
  OIDC_PROVIDER_NAME: z.string().min(1).max(80).optional(),
  OIDC_ROLE_CLAIM: z.string().min(1).optional(),
  OIDC_ROLE_MAP: z.string().optional(),
  OIDC_ORG_CLAIM: z.string().min(1).optional(),
  OIDC_ORG_MAP: z.string().optional(),
  OIDC_ACCESS_CONTACT: z.string().min(1).max(200).optional(),
  AUTH_PASSWORD: z.enum(["on", "off"]).default("on"),
});

/** The OIDC_* settings and AUTH_PASSWORD; an incomplete or contradictory set is an error at
 *  start-up, never a half-working sign-in. `present` holds only the non-empty variables. */
export function signInFromEnv(present: Record<string, string | undefined>): SignInEnv {
  const parsed = oidcSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const passwordSignIn = e.AUTH_PASSWORD === "on";
  const accessContact = e.OIDC_ACCESS_CONTACT ?? null;
  if (!e.OIDC_ISSUER) {
    const stray = Object.keys(present).filter((k) => k.startsWith("OIDC_") && k !== "OIDC_ACCESS_CONTACT");
    if (stray.length) throw new Error(`Invalid configuration: ${stray.join(", ")} set without OIDC_ISSUER.`);
    if (!passwordSignIn)
      throw new Error("Invalid configuration: AUTH_PASSWORD=off needs single sign-on (OIDC_ISSUER).");
    return { oidc: null, passwordSignIn, accessContact };
  }
  if (!e.OIDC_CLIENT_ID) throw new Error("Invalid configuration: OIDC_CLIENT_ID is required with OIDC_ISSUER.");
  if (e.OIDC_CLIENT_SECRET && e.OIDC_CLIENT_SECRET_FILE)
    throw new Error("Invalid configuration: set OIDC_CLIENT_SECRET or OIDC_CLIENT_SECRET_FILE, not both.");
  const clientSecret = e.OIDC_CLIENT_SECRET_FILE
    ? readFileSync(e.OIDC_CLIENT_SECRET_FILE, "utf8").trim()
    : e.OIDC_CLIENT_SECRET;
  if (!clientSecret)
    throw new Error("Invalid configuration: OIDC_CLIENT_SECRET (or _FILE) is required with OIDC_ISSUER.");
  if (e.OIDC_ROLE_CLAIM && !e.OIDC_ROLE_MAP)
    throw new Error("Invalid configuration: OIDC_ROLE_CLAIM needs OIDC_ROLE_MAP (e.g. boordtabel-admin=admin).");
  if (e.OIDC_ORG_MAP && !e.OIDC_ORG_CLAIM) throw new Error("Invalid configuration: OIDC_ORG_MAP needs OIDC_ORG_CLAIM.");
  let roleMap, orgMap;
  try {
    roleMap = e.OIDC_ROLE_MAP ? parseRoleMap(e.OIDC_ROLE_MAP) : [];
    orgMap = e.OIDC_ORG_MAP ? parseOrgMap(e.OIDC_ORG_MAP) : [];
  } catch (error) {
    throw new Error(`Invalid configuration: ${(error as Error).message}`, { cause: error });
  }
  return {
    oidc: {
      issuer: e.OIDC_ISSUER,
      clientId: e.OIDC_CLIENT_ID,
      clientSecret,
      scopes: e.OIDC_SCOPES.split(/[\s,]+/).filter(Boolean),
      providerName: e.OIDC_PROVIDER_NAME ?? new URL(e.OIDC_ISSUER).hostname,
      rules: {
        roleClaim: e.OIDC_ROLE_CLAIM ?? null,
        roleMap,
        orgClaim: e.OIDC_ORG_CLAIM ?? null,
        orgMap,
      },
    },
    passwordSignIn,
    accessContact,
  };
}
