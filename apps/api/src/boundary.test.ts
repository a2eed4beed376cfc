// The regression tests of the boundary rule and the one error shape (issue 13): each case once
// answered 500 or answered in Fastify's own English shape.
import { DEMO_PASSWORD } from "@boordtabel/api";
import type { LightMyRequestResponse } from "fastify";
import { describe, expect, it } from "vitest";
import { fingerprint } from "./fuzz/fingerprint.js";
import { createTestServer, signIn, TEST_BASE_URL, useAdminServer } from "./test-support.js";

const ctx = useAdminServer();

type Lang = "nl" | "en";
const json = { "content-type": "application/json" };

const trpc = (path: string, input: unknown, lang: Lang = "nl") =>
  ctx.server.app.inject({
    method: "POST",
    url: `/trpc/${path}`,
    headers: { cookie: ctx.admin, origin: TEST_BASE_URL, "accept-language": lang, ...json },
    payload: JSON.stringify(input),
  });

/** The one error body: a translated message and the same `data` on tRPC, REST and Fastify. */
function expectErrorShape(response: LightMyRequestResponse, status: number, domainCode: string) {
  expect(response.statusCode, response.body).toBe(status);
  const { error } = response.json();
  expect(typeof error.message).toBe("string");
  expect(error.message).not.toMatch(/prisma|SELECT |INSERT |\.ts:\d+|FST_|Unexpected token/i);
  expect(error.data).toMatchObject({ httpStatus: status, domainCode });
  expect(typeof error.data.messageKey).toBe("string");
  expect(Array.isArray(error.data.issues)).toBe(true);
  return error as { message: string; data: { issues: { field: string; message: string }[] } };
}

/** Runs a refused write and proves the database did not change. */
async function refusedWrite(send: () => Promise<LightMyRequestResponse>, status = 400, code = "BAD_INPUT") {
  const before = await fingerprint(ctx.database);
  const response = await send();
  const error = expectErrorShape(response, status, code);
  expect(await fingerprint(ctx.database)).toEqual(before);
  return error;
}

const fields = (error: { data: { issues: { field: string; message: string }[] } }) =>
  error.data.issues.map((i) => i.field);

describe("a NUL byte", () => {
  it("in a plan code on an anonymous GET /api/v1/plans/%00 is a 400 naming the character, not a 500", async () => {
    const response = await ctx.server.app.inject({ method: "GET", url: "/api/v1/plans/%00" });
    const error = expectErrorShape(response, 400, "BAD_INPUT");
    expect(error.message).toBe("Dit adres bevat een ongeldig teken.");
    expect(error.data.issues).toEqual([
      { field: "code", message: expect.stringContaining("onzichtbaar stuurteken") as string },
    ]);
  });

  it("in a KPI code of every open-data read is a 400", async () => {
    for (const url of ["/api/v1/kpis/KPI%00/observations.json", "/api/v1/plans/IAB%00/observations.csv"]) {
      expectErrorShape(await ctx.server.app.inject({ method: "GET", url }), 400, "BAD_INPUT");
    }
  });

  it("in a code over tRPC is a translated field error", async () => {
    const error = await refusedWrite(() =>
      trpc("measurement.record", { kpi: "KPI-WZG\u0000", period: "2015", value: 1 }, "en"),
    );
    expect(error.data.issues).toEqual([
      {
        field: "kpi",
        message:
          "This text contains an invisible control character (such as a NUL byte); remove it. Only multi-line texts may contain line breaks and tabs.",
      },
    ]);
  });

  it("in texts over tRPC is refused field by field, multi-line texts included", async () => {
    const error = await refusedWrite(() =>
      trpc("measurement.record", {
        kpi: "KPI-WZG",
        period: "2015",
        value: 70,
        source: "bron\u0000",
        comment: "regel 1\nregel\u0000 2",
      }),
    );
    expect(fields(error)).toEqual(["source", "comment"]);
    expect(
      fields(await refusedWrite(() => trpc("plan.create", { code: "NUL", titleNl: "a\u0000", titleEn: "b" }))),
    ).toEqual(["titleNl"]);
    expect(
      fields(
        await refusedWrite(() =>
          trpc("review.create", { kpi: "KPI-WZG", kind: "comment", body: "\u0000", series: "total\u0007" }),
        ),
      ),
    ).toEqual(["series", "body"]);
    expect(fields(await refusedWrite(() => trpc("user.update", { id: "x\u0000", role: "VIEWER" })))).toEqual(["id"]);
  });

  it("in a query's input is a 400, anonymous too", async () => {
    const input = encodeURIComponent(JSON.stringify({ code: "IAB\u0000" }));
    expectErrorShape(
      await ctx.server.app.inject({ method: "GET", url: `/trpc/plan.detail?input=${input}` }),
      400,
      "BAD_INPUT",
    );
  });

  it("in a REST upload is a row error and nothing is written", async () => {
    const error = await refusedWrite(() =>
      ctx.server.app.inject({
        method: "POST",
        url: "/api/v1/kpis/KPI-WZG/observations",
        headers: { cookie: ctx.admin, origin: TEST_BASE_URL, ...json },
        payload: JSON.stringify({ observations: [{ period: "2015", value: 70, comment: "a\u0000" }] }),
      }),
    );
    expect(JSON.stringify(error)).toContain("onzichtbaar stuurteken");
  });
});

describe("a value of 10^14 or more", () => {
  it.each([
    ["value", { value: 1e14 }],
    ["value", { value: -123_456_789_012_345 }],
    ["numerator", { value: 50, numerator: 1e18, denominator: 2 }],
    ["envelope", { value: 50, envelope: 1e18 }],
    ["committed", { value: 50, committed: 1e19 }],
  ])("on measurement.record is a field error on %s", async (field, values) => {
    const error = await refusedWrite(() => trpc("measurement.record", { kpi: "KPI-WZG", period: "2015", ...values }));
    expect(fields(error)).toEqual([field]);
    expect(error.data.issues[0]!.message).toMatch(
      /^Dit getal is te groot voor dit veld: hoogstens \d+ cijfers vóór de komma\.$/,
    );
  });

  it("on benchmark.create is a field error", async () => {
    const error = await refusedWrite(() =>
      trpc("benchmark.create", {
        kpi: "KPI-WZG",
        entityCode: "EU27",
        entityNl: "EU",
        entityEn: "EU",
        value: 1e14,
        source: "Eurostat",
      }),
    );
    expect(fields(error)).toEqual(["value"]);
  });

  it("on target.revise is a field error for the baseline, the targets and the tolerance", async () => {
    const error = await refusedWrite(() =>
      trpc("target.revise", {
        kpi: "KPI-WZG",
        baseline: { period: "2019", value: 1e14 },
        targets: [{ period: "2030", value: 1e15, source: "plan" }],
        tolerance: 1e14,
        justification: "test",
      }),
    );
    expect(fields(error)).toEqual(["baseline.value", "targets.0.value", "tolerance"]);
  });

  it("in a REST upload, JSON or CSV, is a row error and nothing is written", async () => {
    const headers = { cookie: ctx.admin, origin: TEST_BASE_URL };
    for (const [type, payload] of [
      ["application/json", JSON.stringify({ observations: [{ period: "2015", value: 1e14 }] })],
      ["text/csv", "period,value\n2015,100000000000000\n"],
    ] as const) {
      const error = await refusedWrite(() =>
        ctx.server.app.inject({
          method: "POST",
          url: "/api/v1/kpis/KPI-WZG/observations",
          headers: { ...headers, "content-type": type },
          payload,
        }),
      );
      expect(JSON.stringify(error)).toContain("te groot voor dit veld: hoogstens 14 cijfers vóór de komma");
    }
  });
});

describe("an import file", () => {
  it("with a value of 10^14 or a NUL in a cell lists both rows and commits nothing", async () => {
    const csv =
      "kpi,series,period,value,comment\nKPI-WZG,total,2031,100000000000000,\nKPI-WZG,total,2032,70,a\u0000b\n";
    const before = await fingerprint(ctx.database);
    const response = await trpc("import.commit", { format: "csv", content: Buffer.from(csv).toString("base64") });
    const body = response.json<{
      result?: {
        data: { committed: boolean; errors: { row: number; issues: { messageKey: string; params?: object }[] }[] };
      };
    }>();
    expect(response.statusCode, response.body).toBeLessThan(500);
    const result = body.result!.data;
    expect(result.committed).toBe(false);
    expect(result.errors.flatMap((e) => e.issues.map((i) => [e.row, i.messageKey, i.params]))).toEqual([
      [1, "number.tooLarge", { digits: 14 }],
      [2, "text.controlCharacter", undefined],
    ]);
    expect(await fingerprint(ctx.database)).toEqual(before);
  });
});

describe("an id too large for its column", () => {
  it.each([
    ["benchmark.delete", { id: 2 ** 31 }],
    ["annotation.delete", { id: 1e20 }],
    ["review.resolve", { id: 2 ** 31, resolution: "ok" }],
    ["commitment.completeMilestone", { id: 2 ** 31, doneAt: "2024-01-01" }],
    ["measurement.submit", { kpi: "KPI-WZG", period: "2020", expectedVersion: 2 ** 31 }],
  ])("on %s is a 400 before any SQL", async (path, input) => {
    expect(new Set(fields(await refusedWrite(() => trpc(path, input))))).toEqual(
      new Set([path === "measurement.submit" ? "expectedVersion" : "id"]),
    );
  });
});

describe("a malformed Referer", () => {
  it("on a cookie request without Origin is a refused mutation (403), not a 500", async () => {
    await refusedWrite(
      () =>
        ctx.server.app.inject({
          method: "POST",
          url: "/trpc/measurement.record",
          headers: { cookie: ctx.admin, referer: "http://[::1", ...json },
          payload: JSON.stringify({ kpi: "KPI-WZG", period: "2015", value: 70 }),
        }),
      403,
      "FORBIDDEN",
    );
  });

  it("on better-auth's routes is not a 500", async () => {
    // a session of its own: signing out must not end the one the other tests use
    const session = await signIn(ctx.server, "editor@demo.boordtabel.be", DEMO_PASSWORD);
    const response = await ctx.server.app.inject({
      method: "POST",
      url: "/api/auth/sign-out",
      headers: { cookie: session, referer: "::not a url::", ...json },
      payload: "{}",
    });
    expect(response.statusCode).toBeLessThan(500);
  });
});

describe("Fastify's own errors in the one shape, translated", () => {
  it("bad JSON is a 400 in Dutch and in English", async () => {
    const send = (lang: Lang) =>
      ctx.server.app.inject({
        method: "POST",
        url: "/api/v1/kpis/KPI-WZG/observations",
        headers: { cookie: ctx.admin, origin: TEST_BASE_URL, "accept-language": lang, ...json },
        payload: '{"observations": [',
      });
    expect(expectErrorShape(await send("nl"), 400, "BAD_INPUT").message).toBe("De inhoud is geen geldige JSON.");
    expect(expectErrorShape(await send("en"), 400, "BAD_INPUT").message).toBe("The body is not valid JSON.");
    const viaTrpc = await ctx.server.app.inject({
      method: "POST",
      url: "/trpc/measurement.record?lang=en",
      headers: { cookie: ctx.admin, origin: TEST_BASE_URL, ...json },
      payload: '{"kpi": ',
    });
    expect(expectErrorShape(viaTrpc, 400, "BAD_INPUT").message).toBe("The body is not valid JSON.");
  });

  it("a wrong content type is a 415", async () => {
    const response = await ctx.server.app.inject({
      method: "POST",
      url: "/api/v1/kpis/KPI-WZG/observations?lang=en",
      headers: { cookie: ctx.admin, origin: TEST_BASE_URL, "content-type": "application/x-www-form-urlencoded" },
      payload: "period=2031&value=1",
    });
    expect(expectErrorShape(response, 415, "UNSUPPORTED_MEDIA_TYPE").message).toBe(
      "The content type application/x-www-form-urlencoded is not accepted here.",
    );
  });

  it("an unknown address is a 404, on REST and on tRPC", async () => {
    const rest = await ctx.server.app.inject({ method: "GET", url: "/api/v1/nothing" });
    expect(expectErrorShape(rest, 404, "NOT_FOUND").message).toBe("Deze pagina of dit adres bestaat niet.");
    const procedure = await ctx.server.app.inject({ method: "GET", url: "/trpc/plan.nothing?lang=en" });
    expect(expectErrorShape(procedure, 404, "NOT_FOUND").message).toBe("This page or address does not exist.");
  });

  it("an address that does not decode is a 400 in the one shape", async () => {
    const response = await ctx.server.app.inject({ method: "GET", url: "/api/v1/plans/%C0%80" });
    expect(expectErrorShape(response, 400, "BAD_INPUT").message).toBe("Dit adres bevat een ongeldig teken.");
  });

  it("a known address with the wrong method is a 405 naming the allowed ones", async () => {
    const response = await ctx.server.app.inject({ method: "DELETE", url: "/api/v1/plans/IAB?lang=en" });
    expect(expectErrorShape(response, 405, "METHOD_NOT_ALLOWED").message).toBe(
      "This address does not accept the method DELETE; use GET, HEAD.",
    );
    expect(response.headers["allow"]).toBe("GET, HEAD");
    const mutationAsQuery = await ctx.server.app.inject({ method: "GET", url: "/trpc/measurement.record" });
    expectErrorShape(mutationAsQuery, 405, "METHOD_NOT_ALLOWED");
  });

  it("a body over the limit is a 413 that names the limit", async () => {
    const response = await ctx.server.app.inject({
      method: "POST",
      url: "/trpc/measurement.record",
      headers: { cookie: ctx.admin, origin: TEST_BASE_URL, ...json },
      payload: JSON.stringify({ comment: "x".repeat(2 * 1024 * 1024) }),
    });
    expect(expectErrorShape(response, 413, "TOO_LARGE").message).toBe("Bestand te groot: hoogstens 1 MB.");
  });
});

describe("the log", () => {
  it("records a refused request without an error or a stack", async () => {
    const lines: string[] = [];
    const logged = createTestServer(ctx.database.db, {
      logger: { level: "debug", stream: { write: (line: string) => void lines.push(line) } },
    });
    await logged.app.ready();
    try {
      const headers = { cookie: ctx.admin, origin: TEST_BASE_URL, ...json };
      for (const request of [
        { method: "GET", url: "/api/v1/plans/%00" },
        { method: "GET", url: "/api/v1/nothing" },
        { method: "POST", url: "/trpc/measurement.record", headers, payload: '{"kpi": ' },
        { method: "POST", url: "/trpc/measurement.record", headers, payload: JSON.stringify({ kpi: "K\u0000" }) },
        { method: "POST", url: "/api/v1/kpis/KPI-WZG/observations", headers, payload: "[" },
      ] as const) {
        expect((await logged.app.inject(request)).statusCode).toBeLessThan(500);
      }
    } finally {
      await logged.stop();
    }
    const records = lines.map((line) => JSON.parse(line) as { level: number; err?: { stack?: string } });
    expect(records.length).toBeGreaterThan(0);
    expect(records.filter((r) => r.level >= 50 || r.err?.stack)).toEqual([]);
  });
});
