import type { Role } from "./accounts.js";

/** What Boordtabel reads from an identity provider's claims, configured from OIDC_* settings. */
export interface ClaimRules {
  /** The claim that carries the user's roles at the provider (a dotted path such as
   *  `realm_access.roles` reaches into an object); null: roles are managed in Boordtabel. */
  roleClaim: string | null;
  /** Provider role value → Boordtabel role; the first listed value the user holds wins. */
  roleMap: [string, Role][];
  /** The claim naming the user's organisation; null: organisations are managed in Boordtabel. */
  orgClaim: string | null;
  /** Provider organisation value → Boordtabel organisation code; values not listed are taken
   *  as the code itself. */
  orgMap: [string, string][];
}

/** What one sign-in's claims say about the user (undefined: the rule is not configured). */
export interface ClaimedAccess {
  role: Role | undefined;
  /** The organisation code the claims name; null when the claim is configured but absent. */
  organisationCode: string | null | undefined;
}

const ROLE_NAMES: Record<string, Role> = { admin: "ADMIN", editor: "EDITOR", reviewer: "REVIEWER", viewer: "VIEWER" };

/** Parses "a=b,c=d" pairs; blank entries are skipped, anything else malformed is an error. */
function parsePairs(text: string, setting: string): [string, string][] {
  return text
    .split(",")
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const at = pair.lastIndexOf("=");
      const key = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (at <= 0 || !key || !value) throw new Error(`${setting}: "${pair}" is not of the form value=target`);
      return [key, value];
    });
}

/** OIDC_ROLE_MAP, e.g. "boordtabel-admin=admin,boordtabel-editor=editor". */
export function parseRoleMap(text: string): [string, Role][] {
  return parsePairs(text, "OIDC_ROLE_MAP").map(([claim, name]) => {
    const role = ROLE_NAMES[name.toLowerCase()];
    if (!role) throw new Error(`OIDC_ROLE_MAP: "${name}" is no role (admin, editor, reviewer or viewer)`);
    return [claim, role];
  });
}

/** OIDC_ORG_MAP, e.g. "OVO000099=VDAB". */
export const parseOrgMap = (text: string): [string, string][] => parsePairs(text, "OIDC_ORG_MAP");

/** A claim by dotted path (`realm_access.roles`); a top-level claim whose name holds a dot wins. */
export function readClaim(claims: Record<string, unknown>, path: string): unknown {
  if (path in claims) return claims[path];
  let value: unknown = claims;
  for (const part of path.split(".")) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** A claim's values: an array's strings, or a string split on spaces and commas. */
function claimValues(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string").map((v) => v.trim());
  if (typeof value === "string") return value.split(/[\s,]+/).filter(Boolean);
  if (typeof value === "number") return [String(value)];
  return [];
}

/** The role and organisation one sign-in's claims grant. A configured role claim that holds no
 *  mapped value grants VIEWER (read only), never the role the user had before; an editor whose
 *  configured organisation claim is missing is not given an organisation. */
export function claimedAccess(claims: Record<string, unknown>, rules: ClaimRules): ClaimedAccess {
  let role: Role | undefined;
  if (rules.roleClaim) {
    const held = new Set(claimValues(readClaim(claims, rules.roleClaim)));
    role = rules.roleMap.find(([value]) => held.has(value))?.[1] ?? "VIEWER";
  }
  let organisationCode: string | null | undefined;
  if (rules.orgClaim) {
    const value = claimValues(readClaim(claims, rules.orgClaim))[0];
    organisationCode = value === undefined ? null : (rules.orgMap.find(([from]) => from === value)?.[1] ?? value);
  }
  return { role, organisationCode };
}
