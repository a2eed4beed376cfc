// The authorisation matrix of packages/api, run over HTTP: real sign-in, session cookies,
// the origin check and tRPC's HTTP error mapping.
import { DEMO_PASSWORD, ensureDemoAccounts, type AppRouter } from "@boordtabel/api";
import {
  checkMatrixCase,
  checkScopeCase,
  createScopedEditor,
  EVERYONE,
  inputMatrixCases,
  matrixCases,
  SCOPED_EDITOR_PASSWORD,
  scopeCases,
  type Caller,
  type MatrixCase,
  type Who,
} from "@boordtabel/api/testing";
import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import { afterAll, beforeAll, describe, it } from "vitest";
import { createTestServer, TEST_BASE_URL } from "./test-support.js";

let database: TestDatabase;
let server: ReturnType<typeof createTestServer>;
let baseUrl: string;
const callers = new Map<Who, Caller>();

/** A caller-shaped proxy that sends every call over HTTP as the given session. */
function httpCaller(cookie: string | null): Caller {
  const headers: Record<string, string> = { origin: TEST_BASE_URL, ...(cookie ? { cookie } : {}) };
  const client = createTRPCClient<AppRouter>({ links: [httpLink({ url: `${baseUrl}/trpc`, headers })] });
  const build = (path: string[]): unknown =>
    new Proxy(() => undefined, {
      get: (_target, key) => build([...path, String(key)]),
      apply: async (_target, _this, args: unknown[]) => {
        let node = client as unknown as Record<string, unknown>;
        for (const part of path) node = node[part] as Record<string, unknown>;
        const call = (isMutation(path.join(".")) ? node["mutate"] : node["query"]) as (
          input: unknown,
        ) => Promise<unknown>;
        try {
          return await call(args[0]);
        } catch (error) {
          if (error instanceof TRPCClientError)
            throw Object.assign(new Error(error.message), {
              code: (error.data as { code?: string } | undefined)?.code,
            });
          throw error;
        }
      },
    });
  return build([]) as Caller;
}

async function signIn(email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: TEST_BASE_URL },
    body: JSON.stringify({ email, password }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.includes("session_token"));
  if (!cookie) throw new Error(`sign-in failed: ${response.status}`);
  return cookie.split(";")[0]!;
}

const as = (who: Who): Caller => callers.get(who)!;
let scopedEditor: Caller;
let viewerId = "";
const ids = {
  get viewer() {
    return viewerId;
  },
};
const cases = matrixCases(as, ids);
// The cases know which procedures are mutations (their type checks it), so HTTP sends those as POST.
const isMutation = (path: string) => (cases as Record<string, MatrixCase | undefined>)[path]?.mutation === true;

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureDemoAccounts(database.db);
  viewerId = (
    await database.db.user.findUniqueOrThrow({ where: { email: "viewer@demo.boordtabel.be" }, select: { id: true } })
  ).id;
  server = createTestServer(database.db);
  baseUrl = (await server.start(0, "127.0.0.1")).url;
  callers.set("anonymous", httpCaller(null));
  for (const who of ["viewer", "editor", "reviewer", "admin"] as const)
    callers.set(who, httpCaller(await signIn(`${who}@demo.boordtabel.be`)));
  const { email } = await createScopedEditor(as("admin"), "scoped.editor@example.be");
  scopedEditor = httpCaller(await signIn(email, SCOPED_EDITOR_PASSWORD));
});
afterAll(async () => {
  await server.stop();
  await database.drop();
});

describe("authorisation matrix over HTTP", () => {
  for (const [name, testCase] of Object.entries(cases)) {
    it.each(EVERYONE)(`${name} as %s`, (who) =>
      checkMatrixCase(testCase, who, as(who), () => database.db.auditLog.count()),
    );
  }
});

describe("authorisation matrix over HTTP: answers that depend on the input", () => {
  for (const [name, testCase] of Object.entries(inputMatrixCases(as, ids))) {
    it.each(EVERYONE)(`${name} as %s`, (who) =>
      checkMatrixCase(testCase, who, as(who), () => database.db.auditLog.count()),
    );
  }
});

describe("editor scopes in the authorisation matrix over HTTP", () => {
  for (const [name, testCase] of Object.entries(scopeCases(as))) {
    it(`${name} by an editor scoped to another KPI is refused and writes nothing`, () =>
      checkScopeCase(testCase, scopedEditor, false, () => database.db.auditLog.count()));
    it(`${name} by an editor scoped to the KPI is allowed and audited`, () =>
      checkScopeCase(testCase, scopedEditor, true, () => database.db.auditLog.count()));
  }
});
