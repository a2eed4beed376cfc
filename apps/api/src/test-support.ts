// Shared by the integration and browser tests: a server configured as in development.
import { DEMO_PASSWORD, ensureDemoAccounts } from "@boordtabel/api";
import type { Db } from "@boordtabel/db";
import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import { afterAll, beforeAll } from "vitest";
import { createServer, type ServerOptions } from "./server.js";

export const TEST_BASE_URL = "http://localhost:3000";

export function createTestServer(
  db: Db,
  options: Partial<Omit<ServerOptions, "auth">> & { auth?: Partial<ServerOptions["auth"]> } = {},
) {
  return createServer({
    ...options,
    db,
    // Tests sign in often from one address; the sign-in limit itself is tested with its default.
    auth: {
      baseURL: TEST_BASE_URL,
      secret: "test-secret-test-secret-test-secret-0123",
      signInPerMinute: 1000,
      ...options.auth,
    },
  });
}

type Server = ReturnType<typeof createServer>;

/** Signs in over HTTP as a script would and returns the session cookie. */
export async function signIn(server: Server, email: string, password: string): Promise<string> {
  const response = await server.app.inject({
    method: "POST",
    url: "/api/auth/sign-in/email",
    headers: { origin: TEST_BASE_URL, "content-type": "application/json" },
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed (${response.statusCode}): ${response.body}`);
  const cookie = response.cookies.find((c) => c.name.endsWith("session_token"));
  if (!cookie) throw new Error("no session cookie");
  return `${cookie.name}=${cookie.value}`;
}

/** A test file's own database with the demo accounts, a server on it and an admin's session
 *  cookie: the set-up of the HTTP tests that write as an admin. `prepare` adds the file's data. */
export function useAdminServer(prepare?: (database: TestDatabase) => Promise<void>) {
  let database: TestDatabase | undefined;
  let server: Server | undefined;
  let admin = "";
  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureDemoAccounts(database.db);
    server = createTestServer(database.db);
    await server.app.ready();
    admin = await signIn(server, "admin@demo.boordtabel.be", DEMO_PASSWORD);
    await prepare?.(database);
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });
  return {
    get database(): TestDatabase {
      return database!;
    },
    get server(): Server {
      return server!;
    },
    get admin(): string {
      return admin;
    },
  };
}
