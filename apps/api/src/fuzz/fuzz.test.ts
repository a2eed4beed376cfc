// The fuzz suite (issue 13): property-based requests over HTTP against a real server, for every
// tRPC procedure (read from the appRouter, so a new one is fuzzed without a line here) and every
// REST route (read from the server's route table), as each role and anonymous. Every answer is
// below 500; every error is the one error body in the request's language; a refused write
// leaves every table unchanged. Fixed seeds and sized runs keep it to about two minutes.
import { appRouter, DEMO_PASSWORD, ensureDemoAccounts } from "@boordtabel/api";
import { message, type MessageKey } from "@boordtabel/domain";
import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, signIn, TEST_BASE_URL } from "../test-support.js";
import { hostileNumber, hostileString, inputFor } from "./arbitraries.js";
import { fingerprint } from "./fingerprint.js";

/** Fixed in CI so a failure repeats; FUZZ_SEED=<n> searches elsewhere locally. */
const SEED = Number(process.env["FUZZ_SEED"] ?? 20261202);
/** Runs per tRPC procedure and per REST route: about 700 + 270 requests, each write followed by
 *  a fingerprint (~30 ms), keep the suite near two minutes on a busy two-core machine.
 *  FUZZ_RUNS=<n> runs n per procedure (2n per route) for a deeper local search (60 passed). */
const RUNS_PER_PROCEDURE = Number(process.env["FUZZ_RUNS"] ?? 12);
const RUNS_PER_ROUTE = RUNS_PER_PROCEDURE * 2;

const ROLES = ["anonymous", "viewer", "editor", "reviewer", "admin"] as const;
type Role = (typeof ROLES)[number];
type Lang = "nl" | "en";

let database: TestDatabase;
let server: ReturnType<typeof createTestServer>;
let baseUrl = "";
const cookies = new Map<Role, string>();
let current: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureDemoAccounts(database.db);
  server = createTestServer(database.db);
  baseUrl = (await server.start(0, "127.0.0.1")).url;
  for (const role of ROLES.filter((r) => r !== "anonymous"))
    cookies.set(role, await signIn(server, `${role}@demo.boordtabel.be`, DEMO_PASSWORD));
  current = await fingerprint(database);
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

interface Call {
  role: Role;
  lang: Lang;
  method: string;
  path: string;
  body?: string;
  contentType?: string;
  /** How a cookie request shows where it comes from: the trusted Origin mostly, sometimes a
   *  malformed Referer, nothing, or a made-up API token beside it. */
  provenance: "origin" | "badReferer" | "none" | "badToken";
}

async function send(call: Call) {
  const headers: Record<string, string> = { "accept-language": call.lang };
  const cookie = cookies.get(call.role);
  if (cookie) headers["cookie"] = cookie;
  if (call.provenance === "origin") headers["origin"] = TEST_BASE_URL;
  if (call.provenance === "badReferer") headers["referer"] = "http://[::1";
  if (call.provenance === "badToken") headers["authorization"] = "Bearer bt_%00' OR 1=1 --\t" + "9".repeat(300);
  if (call.contentType) headers["content-type"] = call.contentType;
  const response = await fetch(`${baseUrl}${call.path}`, { method: call.method, headers, body: call.body });
  const text = await response.text();
  return { status: response.status, text, type: response.headers.get("content-type") ?? "" };
}

/** The text of a message key up to its first placeholder, in one language. */
const prefixOf = (lang: Lang, key: string) => message(lang, key as MessageKey).split("{{")[0]!;

function expectOneErrorShape(call: Call, answer: { status: number; text: string }) {
  const body = JSON.parse(answer.text) as {
    error?: { message?: unknown; data?: { httpStatus?: unknown; domainCode?: unknown; messageKey?: unknown } };
  };
  const error = body.error;
  expect(typeof error?.message, answer.text).toBe("string");
  expect(error?.data?.httpStatus, answer.text).toBe(answer.status);
  expect(typeof error?.data?.domainCode, answer.text).toBe("string");
  const key = String(error?.data?.messageKey);
  expect(String(error?.message).startsWith(prefixOf(call.lang, key)), `${call.lang}: ${answer.text}`).toBe(true);
  expect(answer.text).not.toMatch(/prisma|SELECT |INSERT |\.ts:\d+|FST_ERR|\bat \S+ \(/i);
}

/** Sends one call and checks the rules of the suite. */
async function check(call: Call, write: boolean) {
  const answer = await send(call);
  const what = `${call.role} ${call.method} ${call.path.slice(0, 300)} ${call.body?.slice(0, 300) ?? ""}`;
  // The one 5xx a healthy server sends: 503 UNAVAILABLE for a part it lacks here (this server
  // does not serve the built web app, so the board pack has no print page). Nothing else.
  const unavailable = answer.status === 503 && answer.text.includes('"domainCode":"UNAVAILABLE"');
  if (!unavailable) expect(answer.status, `${what} → ${answer.text.slice(0, 500)}`).toBeLessThan(500);
  if (answer.status >= 400) expectOneErrorShape(call, answer);
  if (write) {
    const after = await fingerprint(database);
    if (answer.status >= 400) expect(after, `a refused write changed the database: ${what}`).toEqual(current);
    current = after;
  }
}

const common = {
  role: fc.constantFrom(...ROLES),
  lang: fc.constantFrom<Lang>("nl", "en"),
  provenance: fc.constantFrom<Call["provenance"]>(
    "origin",
    "origin",
    "origin",
    "origin",
    "badReferer",
    "none",
    "badToken",
  ),
};

interface ProcedureDef {
  _def: { type: "query" | "mutation" | "subscription"; inputs: unknown[] };
}
/** fast-check's report with its counterexample cut short (hostile inputs can be long). */
async function assertShort(
  property: fc.IAsyncProperty<[unknown]> | fc.IAsyncPropertyWithHooks<[unknown]>,
  runs: number,
) {
  try {
    await fc.assert(property, { seed: SEED, numRuns: runs, endOnFailure: true });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `\n${error.cause.message}` : "";
    const text = (error instanceof Error ? error.message : String(error)) + cause;
    throw new Error(text.replace(/x{50,}/g, (m) => `x×${m.length}`).slice(0, 4000), { cause: error });
  }
}

const procedures = Object.entries(
  (appRouter._def as unknown as { procedures: Record<string, ProcedureDef> }).procedures,
);

describe("fuzzing every tRPC procedure as every role", () => {
  it("finds the procedures in the router", () => {
    expect(procedures.length).toBeGreaterThan(40);
  });

  it.each(procedures.map(([path, procedure]) => [path, procedure] as const))(
    "%s: no 5xx, one translated error shape, no change after a refusal",
    async (path, procedure) => {
      const mutation = procedure._def.type === "mutation";
      const input = fc.oneof(
        { weight: 4, arbitrary: inputFor(procedure._def.inputs[0]) },
        { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
      );
      await assertShort(
        fc.asyncProperty(fc.record({ ...common, input }), async ({ role, lang, provenance, input: value }) => {
          const json = JSON.stringify(value) ?? "null";
          const call: Call = mutation
            ? {
                role,
                lang,
                provenance,
                method: "POST",
                path: `/trpc/${path}`,
                body: json,
                contentType: "application/json",
              }
            : { role, lang, provenance, method: "GET", path: `/trpc/${path}?input=${encodeURIComponent(json)}` };
          await check(call, mutation);
        }),
        RUNS_PER_PROCEDURE,
      );
      if (!mutation) {
        // reads write nothing either
        expect(await fingerprint(database)).toEqual(current);
      }
    },
    120_000,
  );
});

/** A path parameter as an attacker types it into a URL. */
// (a lone surrogate cannot be percent-encoded: Buffer makes it U+FFFD first)
const pathParam = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .oneof(hostileString, hostileNumber.map(String))
      .map((s) => encodeURIComponent(Buffer.from(s).toString())),
  },
  { weight: 1, arbitrary: fc.constantFrom("%00", "%E0%A4%A", "%ZZ", "..%2F..%2F", "%C0%80") },
);
const restBody = fc.oneof(
  fc
    .record(
      {
        observations: fc.array(
          fc.record(
            {
              period: hostileString,
              value: fc.oneof(hostileNumber, hostileString),
              series: fc.dictionary(hostileString, hostileString, { maxKeys: 2 }),
              status: hostileString,
              source: hostileString,
              comment: hostileString,
              expectedVersion: hostileNumber,
            },
            { requiredKeys: ["period", "value"] },
          ),
          { maxLength: 3 },
        ),
      },
      { requiredKeys: [] },
    )
    .map((b) => ({ body: JSON.stringify(b), type: "application/json" })),
  fc
    .array(fc.array(hostileString, { minLength: 1, maxLength: 4 }), { maxLength: 4 })
    .map((rows) => ({ body: ["period,value,comment", ...rows.map((r) => r.join(","))].join("\n"), type: "text/csv" })),
  fc.jsonValue({ maxDepth: 2 }).map((v) => ({ body: JSON.stringify(v) ?? "null", type: "application/json" })),
  fc.constantFrom(
    { body: '{"observations": [', type: "application/json" },
    { body: "period=2031&value=1", type: "application/x-www-form-urlencoded" },
    { body: "\u0000\u0001", type: "application/octet-stream" },
  ),
);
const query = fc
  .record(
    {
      asOf: fc.oneof(hostileString, fc.constantFrom("2023-06-30", "2023-02-30")),
      format: fc.oneof(hostileString, fc.constant("excel")),
      lang: hostileString,
    },
    { requiredKeys: [] },
  )
  .map((q) => {
    const text = new URLSearchParams(q as Record<string, string>).toString();
    return text ? `?${text}` : "";
  });

/** better-auth answers its own routes in its own shape (see docs/api.md, Errors); they are
 *  fuzzed for 5xx only, anonymously so that no role's session is signed out. */
const isAuthRoute = (url: string) => url.startsWith("/api/auth/");

describe("fuzzing every REST route as every role", () => {
  const routes = () =>
    server
      .routes()
      .filter((r) => r.url.startsWith("/api/") || r.url === "/healthz")
      .flatMap((r) => r.methods.filter((m) => m !== "HEAD").map((method) => ({ method, url: r.url })));

  it("finds the REST routes in the server", () => {
    expect(routes().map((r) => `${r.method} ${r.url}`)).toEqual(
      expect.arrayContaining(["GET /api/v1/plans/:code", "POST /api/v1/kpis/:code/observations"]),
    );
  });

  it("answers every route's hostile requests below 500, in the one shape, changing nothing when refusing", async () => {
    for (const route of routes()) {
      const write = route.method !== "GET";
      const auth = isAuthRoute(route.url);
      const path = fc
        .record({
          params: fc.array(pathParam, { minLength: 3, maxLength: 3 }),
          format: fc.constantFrom("csv", "xlsx", "pdf", "%00"),
          rest: fc.constantFrom("sign-in/email", "get-session", "change-password", "nothing", "%00"),
          query,
        })
        .map(({ params, format, rest, query: q }) => {
          let i = 0;
          return (
            route.url
              .replace(/:format/g, format)
              .replace(/:\w+/g, () => params[i++]!)
              .replace("*", rest) + q
          );
        });
      await assertShort(
        fc.asyncProperty(
          fc.record({ ...common, path, body: restBody }),
          async ({ role, lang, provenance, path: p, body }) => {
            const call: Call = {
              role: auth ? "anonymous" : role,
              lang,
              provenance,
              method: route.method,
              path: p,
              ...(write ? { body: body.body, contentType: body.type } : {}),
            };
            await check(call, write);
          },
        ),
        RUNS_PER_ROUTE,
      );
    }
    expect(await fingerprint(database)).toEqual(current);
  }, 300_000);
});
