import { DEMO_PASSWORD, ensureDemoAccounts } from "@boordtabel/api";
import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, signIn, TEST_BASE_URL } from "./test-support.js";

let database: TestDatabase;
let server: ReturnType<typeof createTestServer>;

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureDemoAccounts(database.db);
  server = createTestServer(database.db);
  await server.app.ready();
});
afterAll(async () => {
  await server.stop();
  await database.drop();
});

const trpc = (
  path: string,
  options: { cookie?: string; token?: string; input?: unknown; origin?: string | null; mutation?: boolean } = {},
) => {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (options.cookie) headers["cookie"] = options.cookie;
  if (options.token) headers["authorization"] = `Bearer ${options.token}`;
  if (options.origin !== null) headers["origin"] = options.origin ?? TEST_BASE_URL;
  if (options.mutation) {
    return server.app.inject({
      method: "POST",
      url: `/trpc/${path}`,
      headers,
      payload: JSON.stringify(options.input ?? {}),
    });
  }
  const input = options.input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(options.input))}`;
  return server.app.inject({ method: "GET", url: `/trpc/${path}${input}`, headers });
};

describe("sign-in with e-mail and password (better-auth)", () => {
  it("returns an http-only SameSite session cookie, and the session knows the role", async () => {
    const response = await server.app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: { origin: TEST_BASE_URL, "content-type": "application/json" },
      payload: { email: "editor@demo.boordtabel.be", password: DEMO_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name.endsWith("session_token"))!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    const me = await trpc("session.me", { cookie: `${cookie.name}=${cookie.value}` });
    expect(me.json().result.data).toMatchObject({ email: "editor@demo.boordtabel.be", role: "EDITOR", via: "session" });
  });

  it("stores passwords only as hashes", async () => {
    const { rows } = await database.sql<{ password: string }>(
      `SELECT a.password FROM account a JOIN "user" u ON u.id = a.user_id WHERE u.email = 'viewer@demo.boordtabel.be'`,
    );
    expect(rows[0]!.password).not.toContain(DEMO_PASSWORD);
    expect(rows[0]!.password).toMatch(/^[0-9a-f]+:[0-9a-f]+$/); // scrypt salt:key
  });

  it("refuses a wrong password, then limits the attempts to 5 a minute", async () => {
    const limited = createTestServer(database.db, {
      auth: { baseURL: TEST_BASE_URL, secret: "x".repeat(32), signInPerMinute: undefined },
    });
    const attempt = (lang: string) =>
      limited.app.inject({
        method: "POST",
        url: "/api/auth/sign-in/email",
        headers: { origin: TEST_BASE_URL, "content-type": "application/json", "accept-language": lang },
        payload: { email: "viewer@demo.boordtabel.be", password: "wrong-password-123" },
        remoteAddress: "10.9.8.7",
      });
    const answers = [];
    for (let i = 0; i < 7; i++) answers.push(await attempt(i % 2 ? "en" : "nl"));
    await limited.stop();
    expect(answers.map((a) => a.statusCode)).toEqual([401, 401, 401, 401, 401, 429, 429]);
    // better-auth's refusals come in the server's one error shape, in the caller's language.
    expect(answers[0]!.json()).toMatchObject({
      error: {
        code: "UNAUTHENTICATED",
        message: "Het e-mailadres of het wachtwoord klopt niet.",
        data: { httpStatus: 401, domainCode: "UNAUTHENTICATED", messageKey: "auth.invalidCredentials" },
      },
    });
    expect(answers[1]!.json().error.message).toBe("The e-mail address or the password is incorrect.");
    expect(answers[5]!.json()).toMatchObject({ error: { code: "RATE_LIMITED", data: { httpStatus: 429 } } });
  });

  it("limits sign-in per account across addresses, and per address only loosely (one NAT, many people)", async () => {
    const limited = createTestServer(database.db, {
      auth: { baseURL: TEST_BASE_URL, secret: "x".repeat(32), signInPerMinute: undefined },
    });
    const attempt = (email: string, remoteAddress: string) =>
      limited.app.inject({
        method: "POST",
        url: "/api/auth/sign-in/email",
        headers: { origin: TEST_BASE_URL, "content-type": "application/json" },
        payload: { email, password: "wrong-password-123" },
        remoteAddress,
      });
    const oneAccount = [];
    for (let i = 1; i <= 6; i++) oneAccount.push((await attempt("limited@example.be", `10.1.0.${i}`)).statusCode);
    const meetingRoom = [];
    for (let i = 1; i <= 8; i++) meetingRoom.push((await attempt(`person${i}@example.be`, "10.2.0.1")).statusCode);
    await limited.stop();
    expect(oneAccount).toEqual([401, 401, 401, 401, 401, 429]);
    expect(meetingRoom).toEqual(Array(8).fill(401));
  });

  it("does not allow open sign-up", async () => {
    const response = await server.app.inject({
      method: "POST",
      url: "/api/auth/sign-up/email",
      headers: { origin: TEST_BASE_URL, "content-type": "application/json" },
      payload: { email: "new@example.org", password: "a-long-password-1234", name: "New" },
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(await database.db.user.count({ where: { email: "new@example.org" } })).toBe(0);
  });

  it("signs out: the cookie no longer opens a session", async () => {
    const cookie = await signIn(server, "reviewer@demo.boordtabel.be", DEMO_PASSWORD);
    const out = await server.app.inject({
      method: "POST",
      url: "/api/auth/sign-out",
      headers: { cookie, origin: TEST_BASE_URL, "content-type": "application/json" },
      payload: {},
    });
    expect(out.statusCode).toBe(200);
    expect((await trpc("session.me", { cookie })).json().result.data).toBeNull();
  });

  it("changes a password: the old one stops working", async () => {
    const cookie = await signIn(server, "admin@demo.boordtabel.be", DEMO_PASSWORD);
    const change = await server.app.inject({
      method: "POST",
      url: "/api/auth/change-password",
      headers: { cookie, origin: TEST_BASE_URL, "content-type": "application/json" },
      payload: { currentPassword: DEMO_PASSWORD, newPassword: "a-new-admin-password-42" },
    });
    expect(change.statusCode).toBe(200);
    await expect(signIn(server, "admin@demo.boordtabel.be", DEMO_PASSWORD)).rejects.toThrow(/401/);
    await signIn(server, "admin@demo.boordtabel.be", "a-new-admin-password-42");
  });
});

describe("mutations", () => {
  it("with a session cookie must come from a trusted origin", async () => {
    const cookie = await signIn(server, "editor@demo.boordtabel.be", DEMO_PASSWORD);
    const forged = await trpc("token.create", {
      cookie,
      mutation: true,
      input: { name: "x" },
      origin: "https://evil.example",
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.message).toBe("Deze aanvraag komt niet van een toegelaten adres.");
    const missing = await trpc("token.create", { cookie, mutation: true, input: { name: "x" }, origin: null });
    expect(missing.statusCode).toBe(403);
    expect(await database.db.apiToken.count()).toBe(0);
    const allowed = await trpc("token.create", { cookie, mutation: true, input: { name: "x" } });
    expect(allowed.statusCode).toBe(200);
  });
});

describe("API tokens", () => {
  it("act as their user until revoked, and only their hash is stored", async () => {
    const cookie = await signIn(server, "reviewer@demo.boordtabel.be", DEMO_PASSWORD);
    const created = (await trpc("token.create", { cookie, mutation: true, input: { name: "import script" } })).json()
      .result.data;
    expect(created.token).toMatch(/^bt_/);
    expect(await database.db.apiToken.count({ where: { tokenHash: created.token } })).toBe(0);
    const me = await trpc("session.me", { token: created.token, origin: null });
    expect(me.json().result.data).toMatchObject({
      email: "reviewer@demo.boordtabel.be",
      role: "REVIEWER",
      via: "token",
    });
    await trpc("token.revoke", { cookie, mutation: true, input: { id: created.id } });
    expect((await trpc("session.me", { token: created.token, origin: null })).json().result.data).toBeNull();
    const audit = await database.db.auditLog.findMany({
      where: { entityId: created.id },
      select: { action: true, actorLabel: true },
    });
    expect(audit).toEqual([
      { action: "token.create", actorLabel: "reviewer@demo.boordtabel.be" },
      { action: "token.revoke", actorLabel: "reviewer@demo.boordtabel.be" },
    ]);
  });
});

describe("roles and the reading setting", () => {
  it("only an admin manages users", async () => {
    const editor = await signIn(server, "editor@demo.boordtabel.be", DEMO_PASSWORD);
    const denied = await trpc("user.list", { cookie: editor });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.message).toBe("Je rol laat dit niet toe.");
    expect((await trpc("user.list")).statusCode).toBe(401);
  });

  it("reading is public by default; signed-in only once an admin says so", async () => {
    expect((await server.app.inject({ method: "GET", url: "/api/v1/plans" })).statusCode).toBe(200);
    const admin = await signIn(server, "admin@demo.boordtabel.be", "a-new-admin-password-42");
    const set = await trpc("user.setPublicRead", { cookie: admin, mutation: true, input: { publicRead: false } });
    expect(set.statusCode).toBe(200);
    try {
      const anonymous = await server.app.inject({ method: "GET", url: "/api/v1/plans" });
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json().error.message).toBe("Meld je aan om verder te gaan.");
      expect((await trpc("plan.list")).statusCode).toBe(401);
      const viewer = await signIn(server, "viewer@demo.boordtabel.be", DEMO_PASSWORD);
      expect(
        (await server.app.inject({ method: "GET", url: "/api/v1/plans", headers: { cookie: viewer } })).statusCode,
      ).toBe(200);
    } finally {
      await trpc("user.setPublicRead", { cookie: admin, mutation: true, input: { publicRead: true } });
    }
  });
});
