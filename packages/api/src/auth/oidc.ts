import { DomainError } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import { genericOAuth } from "better-auth/plugins";
import { createHash, randomUUID } from "node:crypto";
import { audited, writeAudit, type AuditActor } from "../audit.js";
import type { Role } from "./accounts.js";
import { claimedAccess, type ClaimRules } from "./oidc-claims.js";

/** The provider id better-auth knows the identity provider by: its callback is
 *  /api/auth/callback/oidc, and its accounts have providerId "oidc". */
export const OIDC_PROVIDER_ID = "oidc";

/** Single sign-on with one OpenID Connect provider, read from the OIDC_* settings. */
export interface OidcSettings {
  /** The issuer; its discovery document is at <issuer>/.well-known/openid-configuration. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Scopes beyond "openid", e.g. profile, email. */
  scopes: string[];
  /** Shown on the sign-in button: "Aanmelden met <providerName>". */
  providerName: string;
  rules: ClaimRules;
}

/** The claims of sign-ins under way, by subject: better-auth hands the provider's profile to
 *  `mapProfileToUser` before it knows the local user, and creates the session once it does. */
type PendingClaims = Map<string, { claims: Record<string, unknown>; at: number }>;

const PENDING_TTL_MS = 5 * 60 * 1000;

/** A provider without an e-mail claim still needs an address in better-auth's user shape; this
 *  one (the .invalid domain never resolves) matches no real user, so such a subject signs in
 *  only through an account an admin linked to it. */
const placeholderEmail = (subject: string) =>
  `${createHash("sha256").update(subject).digest("hex").slice(0, 32)}@subject.invalid`;

/** better-auth's generic OAuth plugin for the provider: discovery, PKCE (S256), state and the
 *  id_token's signature, issuer, audience and nonce are checked by better-auth. No sign-up:
 *  a subject signs in only when an account already links it to a user, or (first sign-in) when
 *  the provider vouches for an e-mail address (email_verified) that an admin gave a user. */
export function oidcPlugin(settings: OidcSettings, baseURL: string, pending: PendingClaims) {
  return genericOAuth({
    config: [
      {
        providerId: OIDC_PROVIDER_ID,
        name: settings.providerName,
        discoveryUrl: `${settings.issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`,
        requireIdTokenVerification: true,
        clientId: settings.clientId,
        clientSecret: settings.clientSecret,
        authentication: "basic",
        scopes: settings.scopes,
        pkce: true,
        disableSignUp: true,
        overrideUserInfo: false,
        postLogoutRedirectURI: `${baseURL}/`,
        mapProfileToUser(profile) {
          const subject = String(profile.sub ?? profile.id ?? "");
          const now = Date.now();
          for (const [key, entry] of pending) if (now - entry.at > PENDING_TTL_MS) pending.delete(key);
          pending.set(subject, { claims: profile, at: now });
          const email = typeof profile.email === "string" && profile.email ? profile.email : placeholderEmail(subject);
          const given = [profile["given_name"], profile["family_name"]].filter((p) => typeof p === "string").join(" ");
          const name = typeof profile.name === "string" && profile.name ? profile.name : given || email;
          const verified = profile["email_verified"] === true || profile["email_verified"] === "true";
          return { email, name, emailVerified: verified && email === profile.email };
        },
      },
    ],
  });
}

/** Creates the pending-claims store shared by the plugin and the session hook. */
export const pendingClaims = (): PendingClaims => new Map();

interface AccessRecord {
  role: Role;
  organisation: string | null;
}

/** Applies one OIDC sign-in's claims to the user it signs in, just before better-auth creates
 *  the session, and audits the sign-in with the access before and after. Returns false (no
 *  session) for a disabled user or when the sign-in's claims are missing. */
export async function applyOidcSignIn(
  db: Db,
  rules: ClaimRules,
  pending: PendingClaims,
  userId: string,
): Promise<boolean> {
  const accounts = await db.account.findMany({
    where: { userId, providerId: OIDC_PROVIDER_ID },
    select: { accountId: true },
  });
  const subject = accounts.map((a) => a.accountId).find((id) => pending.has(id));
  if (subject === undefined) return false;
  const { claims } = pending.get(subject)!;
  pending.delete(subject);
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { email: true, role: true, disabled: true, organisation: { select: { id: true, code: true } } },
  });
  if (!user || user.disabled) return false;

  const access = claimedAccess(claims, rules);
  let role: Role = access.role ?? user.role;
  let organisation = user.organisation;
  if (access.organisationCode !== undefined) {
    organisation =
      access.organisationCode === null
        ? null
        : await db.organisation.findFirst({
            where: { code: { equals: access.organisationCode, mode: "insensitive" } },
            select: { id: true, code: true },
          });
  }
  // An editor without scope rows may write every KPI: one whose organisation the claims do not
  // establish only reads until they do.
  if (role === "EDITOR" && rules.orgClaim && !organisation) role = "VIEWER";

  const before: AccessRecord = { role: user.role, organisation: user.organisation?.code ?? null };
  const after: AccessRecord = { role, organisation: organisation?.code ?? null };
  const actor: AuditActor = { id: userId, label: user.email };
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { role, organisationId: organisation?.id ?? null } });
    if (rules.orgClaim && role === "EDITOR" && organisation) {
      await tx.editorScope.deleteMany({ where: { userId, organisationId: { not: null } } });
      await tx.editorScope.create({ data: { userId, organisationId: organisation.id } });
    }
    await writeAudit(tx, actor, {
      action: "user.signIn.oidc",
      entityType: "user",
      entityId: userId,
      before,
      after: { ...after, subject },
    });
  });
  return true;
}

/** Links a user to the provider's subject ahead of their first sign-in: the way in for
 *  providers that send no (verified) e-mail address. */
export function linkOidcSubject(
  db: Db,
  actor: AuditActor,
  input: { email: string; subject: string },
): Promise<{ userId: string }> {
  const email = input.email.trim().toLowerCase();
  const subject = input.subject.trim();
  return audited(db, actor, { action: "user.linkOidc", entityType: "user" }, async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (!user) throw new DomainError("NOT_FOUND", "user.notFound");
    const taken = await tx.account.findFirst({
      where: { providerId: OIDC_PROVIDER_ID, accountId: subject },
      select: { userId: true },
    });
    if (taken && taken.userId !== user.id) throw new DomainError("CONFLICT", "user.subjectTaken", { subject });
    if (!taken) {
      await tx.account.create({
        data: { id: randomUUID(), userId: user.id, providerId: OIDC_PROVIDER_ID, accountId: subject },
      });
    }
    return { entityId: user.id, after: { subject }, result: { userId: user.id } };
  });
}
