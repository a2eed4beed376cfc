import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "./accounts.js";
import { applyOidcSignIn, linkOidcSubject, pendingClaims } from "./oidc.js";
import { parseRoleMap, type ClaimRules } from "./oidc-claims.js";

let database: TestDatabase;
let organisation: string;
const SYSTEM = { id: null, label: "system:test" };
const rules: ClaimRules = {
  roleClaim: "rol",
  roleMap: parseRoleMap("bt-editor=editor,bt-admin=admin"),
  orgClaim: "org",
  orgMap: [],
};

beforeAll(async () => {
  database = await createTestDatabase();
  organisation = (await database.db.organisation.findFirstOrThrow({ orderBy: { code: "asc" } })).code;
});
afterAll(() => database?.drop());

/** A user linked to `subject`, and a sign-in of theirs with `claims` under way. */
async function signIn(email: string, subject: string, claims: Record<string, unknown>) {
  const { db } = database;
  const { id } = await createAccount(
    db,
    { email, name: email, password: "unused-password-123", role: "VIEWER" },
    SYSTEM,
  );
  await linkOidcSubject(db, SYSTEM, { email, subject });
  const pending = pendingClaims();
  pending.set(subject, { claims: { sub: subject, ...claims }, at: Date.now() });
  const allowed = await applyOidcSignIn(db, rules, pending, id);
  const user = await db.user.findUniqueOrThrow({
    where: { id },
    select: {
      role: true,
      organisation: { select: { code: true } },
      editorScopes: { select: { organisationId: true } },
    },
  });
  return { allowed, user, pending };
}

describe("the claims of a single sign-on", () => {
  it("make an editor of the claimed organisation, scoped to it, and consume the sign-in's claims", async () => {
    const { allowed, user, pending } = await signIn("a@example.be", "sub-a", { rol: "bt-editor", org: organisation });
    expect(allowed).toBe(true);
    expect(user.role).toBe("EDITOR");
    expect(user.organisation?.code).toBe(organisation);
    expect(user.editorScopes).toHaveLength(1);
    expect(pending.size).toBe(0);
  });

  it("let an editor whose organisation the claims do not establish only read", async () => {
    const unknown = await signIn("b@example.be", "sub-b", { rol: "bt-editor", org: "NO-SUCH-ORGANISATION" });
    expect(unknown.user).toMatchObject({ role: "VIEWER", organisation: null, editorScopes: [] });
    const missing = await signIn("c@example.be", "sub-c", { rol: "bt-editor" });
    expect(missing.user.role).toBe("VIEWER");
  });

  it("refuse a session to a disabled user and to a sign-in without claims", async () => {
    const { db } = database;
    const { id } = await createAccount(
      db,
      { email: "d@example.be", name: "d", password: "unused-password-123", role: "ADMIN" },
      SYSTEM,
    );
    await linkOidcSubject(db, SYSTEM, { email: "d@example.be", subject: "sub-d" });
    expect(await applyOidcSignIn(db, rules, pendingClaims(), id)).toBe(false);
    await db.user.update({ where: { id }, data: { disabled: true } });
    const pending = pendingClaims();
    pending.set("sub-d", { claims: { sub: "sub-d", rol: "bt-admin" }, at: Date.now() });
    expect(await applyOidcSignIn(db, rules, pending, id)).toBe(false);
  });

  it("link a subject to one user only", async () => {
    await expect(linkOidcSubject(database.db, SYSTEM, { email: "b@example.be", subject: "sub-a" })).rejects.toThrow(
      expect.objectContaining({ messageKey: "user.subjectTaken" }) as Error,
    );
  });
});
