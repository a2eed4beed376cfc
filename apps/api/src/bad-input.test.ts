// Bad input over HTTP: every answer is a 4xx with a message, never a stack trace or SQL, and
// nothing in the database changes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TEST_BASE_URL, useAdminServer } from "./test-support.js";

const ctx = useAdminServer();

const fingerprint = async () =>
  (
    await ctx.database.sql<{ n: string }>(
      `SELECT (SELECT count(*) FROM measurement_version) + (SELECT count(*) FROM audit_log) + (SELECT count(*) FROM target_path)
            + (SELECT count(*) FROM plan) + (SELECT count(*) FROM kpi) + (SELECT count(*) FROM benchmark) + (SELECT count(*) FROM review_note) AS n`,
    )
  ).rows[0]!.n;

const mutate = (path: string, body: string) =>
  ctx.server.app.inject({
    method: "POST",
    url: `/trpc/${path}`,
    headers: { cookie: ctx.admin, origin: TEST_BASE_URL, "content-type": "application/json" },
    payload: body,
  });

const expectCleanRefusal = (response: Awaited<ReturnType<typeof mutate>>) => {
  expect(response.statusCode).toBeGreaterThanOrEqual(400);
  expect(response.statusCode).toBeLessThan(500);
  expect(response.body).not.toMatch(/at .*\.ts:\d+|prisma|SELECT |INSERT /i);
  expect(typeof response.json().error.message).toBe("string");
};

describe("bad input", () => {
  it.each([
    ["wrong types", { kpi: 12, series: ["x"], period: 2019, value: "77" }],
    ["NaN and Infinity", { kpi: "KPI-WZG", period: "2019", value: "NaN" }],
    ["an invalid period", { kpi: "KPI-WZG", period: "2019-Q5", value: 77 }],
    ["a huge string", { kpi: "KPI-WZG", period: "2014", value: 77, comment: "x".repeat(100_000) }],
    ["an unknown code", { kpi: "KPI-NOPE", period: "2014", value: 77 }],
    ["a negative count", { kpi: "KPI-NWWZ", period: "2014", value: -1 }],
    ["a count with decimals", { kpi: "KPI-NWWZ", period: "2014", value: 1.5 }],
  ])("measurement.record refuses %s and changes nothing", async (_, input) => {
    const before = await fingerprint();
    expectCleanRefusal(await mutate("measurement.record", JSON.stringify(input)));
    expect(await fingerprint()).toBe(before);
  });

  it("Infinity written as a huge number is refused", async () => {
    const before = await fingerprint();
    expectCleanRefusal(await mutate("measurement.record", '{"kpi":"KPI-WZG","period":"2014","value":1e999}'));
    expect(await fingerprint()).toBe(before);
  });

  it("malformed JSON is refused", async () => {
    expectCleanRefusal(await mutate("measurement.record", '{"kpi": '));
  });

  it("random input to every kind of mutation is refused cleanly or accepted, never a 500", async () => {
    const paths = [
      "measurement.record",
      "target.revise",
      "plan.create",
      "kpi.save",
      "benchmark.create",
      "review.create",
      "commitment.updateStatus",
      "import.preview",
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 3 }), async (path, value) => {
        const response = await mutate(path, JSON.stringify(value));
        expect(response.statusCode).not.toBeGreaterThanOrEqual(500);
      }),
      { numRuns: 150 },
    );
  });
});
