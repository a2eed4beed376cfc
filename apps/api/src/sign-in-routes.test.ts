import { DEMO_PASSWORD, ensureDemoAccounts } from "@boordtabel/api";
import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, TEST_BASE_URL } from "./test-support.js";

let database: TestDatabase;
let passwordOff: ReturnType<typeof createTestServer>;
let passwordOn: ReturnType<typeof createTestServer>;

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureDemoAccounts(database.db);
  passwordOff = createTestServer(database.db, { auth: { passwordSignIn: false, accessContact: "de SERV" } });
  passwordOn = createTestServer(database.db);
  await Promise.all([passwordOff.app.ready(), passwordOn.app.ready()]);
});
afterAll(async () => {
  await passwordOff.stop();
  await passwordOn.stop();
  await database.drop();
});

const passwordSignIn = (server: ReturnType<typeof createTestServer>) =>
  server.app.inject({
    method: "POST",
    url: "/api/auth/sign-in/email",
    headers: { origin: TEST_BASE_URL, "content-type": "application/json" },
    payload: { email: "admin@demo.boordtabel.be", password: DEMO_PASSWORD },
  });

describe("the sign-in options", () => {
  it("tell the sign-in page whether to show the password form and whom to ask for access", async () => {
    const on = await passwordOn.app.inject({ method: "GET", url: "/api/sign-in-options" });
    expect(on.json()).toEqual({ password: true, provider: null, contact: null });
    const off = await passwordOff.app.inject({ method: "GET", url: "/api/sign-in-options" });
    expect(off.json()).toEqual({ password: false, provider: null, contact: "de SERV" });
  });

  it("refuse password sign-in on the server when AUTH_PASSWORD=off, whatever the client sends", async () => {
    const refused = await passwordSignIn(passwordOff);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: { code: "FORBIDDEN", data: { messageKey: "auth.passwordOff" } } });
    expect(refused.cookies.find((c) => c.name.endsWith("session_token"))).toBeUndefined();
    expect((await passwordSignIn(passwordOn)).statusCode).toBe(200);
  });
});
