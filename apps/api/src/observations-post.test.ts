import { createAccount, DEMO_PASSWORD, ensureDemoAccounts } from "@boordtabel/api";
import { callerFor, demoActors } from "@boordtabel/api/testing";
import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, signIn, TEST_BASE_URL } from "./test-support.js";

let database: TestDatabase;
let server: ReturnType<typeof createTestServer>;
let editorToken: string;
let viewerCookie: string;
let reviewerCookie: string;
const SCOPED_EDITOR = "scoped-editor@example.org";

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureDemoAccounts(database.db);
  server = createTestServer(database.db);
  await server.app.ready();
  const editorCookie = await signIn(server, "editor@demo.boordtabel.be", DEMO_PASSWORD);
  const created = await server.app.inject({
    method: "POST",
    url: "/trpc/token.create",
    headers: { cookie: editorCookie, origin: TEST_BASE_URL, "content-type": "application/json" },
    payload: { name: "nightly import" },
  });
  editorToken = created.json().result.data.token;
  viewerCookie = await signIn(server, "viewer@demo.boordtabel.be", DEMO_PASSWORD);
  reviewerCookie = await signIn(server, "reviewer@demo.boordtabel.be", DEMO_PASSWORD);
  const admin = (await demoActors(database.db)).admin;
  const { id } = await createAccount(
    database.db,
    { email: SCOPED_EDITOR, name: "Scoped", role: "EDITOR", password: DEMO_PASSWORD },
    admin,
  );
  await callerFor(database.db, admin).user.setScopes({ userId: id, kpis: ["KPI-NWWZ"], organisations: [] });
});
afterAll(async () => {
  await server.stop();
  await database.drop();
});

const post = (body: unknown, headers: Record<string, string>, contentType = "application/json") =>
  server.app.inject({
    method: "POST",
    url: "/api/v1/kpis/KPI-WZG/observations",
    headers: { "content-type": contentType, ...headers },
    payload: typeof body === "string" ? body : JSON.stringify(body),
  });
const versions = () => database.db.measurementVersion.count();
const lastAuditId = async () => (await database.db.auditLog.aggregate({ _max: { id: true } }))._max.id ?? 0;

describe("POST /api/v1/kpis/:code/observations", () => {
  it("records an editor's JSON values as submitted, with a token", async () => {
    const response = await post(
      {
        observations: [
          { period: "2024", value: 77.1, source: "Statbel" },
          { period: "2024", value: 80.9, series: { geslacht: "mannen" }, source: "Statbel" },
        ],
      },
      { authorization: `Bearer ${editorToken}` },
    );
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ recorded: 2, workflow: "submitted" });
    const audit = await database.db.auditLog.count({
      where: { action: "measurement.record", entityId: { startsWith: "KPI-WZG/" } },
    });
    expect(audit).toBe(2);
  });

  it("takes CSV with one column per dimension; a reviewer may publish directly", async () => {
    const csv = "period,value,status,geslacht,workflow,source\n2024,73.9,provisional,vrouwen,validated,Statbel\n";
    const response = await post(csv, { cookie: reviewerCookie, origin: TEST_BASE_URL }, "text/csv");
    expect(response.statusCode).toBe(201);
    const json = (await server.app.inject({ method: "GET", url: "/api/v1/kpis/KPI-WZG/observations.json" })).json();
    const women = json.series.find((s: { key: string }) => s.key === "geslacht=vrouwen");
    expect(women.observations.find((o: { period: string }) => o.period === "2024")).toMatchObject({
      value: 73.9,
      status: "provisional",
    });
  });

  it("accepts all rows or none, and lists every bad row with all its problems", async () => {
    const before = await versions();
    const response = await post(
      {
        observations: [
          { period: "2025", value: 77.9, source: "Statbel" },
          { period: "2025-Q5", value: 77 },
          { period: "2026", value: 177 },
          { period: "2013", value: "veel", status: "gok" },
        ],
      },
      { authorization: `Bearer ${editorToken}` },
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe("3 rij(en) bevatten fouten; er werd niets opgeslagen.");
    expect(response.json().error.rows).toEqual([
      {
        row: 2,
        issues: [{ field: "period", message: "Gebruik een periode als 2019, 2019-Q3, 2019-09 of 2019-2020." }],
      },
      { row: 3, issues: [{ field: "value", message: "Een percentage ligt tussen 0 en 100." }] },
      {
        row: 4,
        issues: [
          { field: "value", message: expect.any(String) },
          { field: "status", message: expect.any(String) },
        ],
      },
    ]);
    expect(await versions()).toBe(before);
  });

  it("refuses a duplicate row (naming the first) and an unknown series or KPI", async () => {
    const dup = await post(
      {
        observations: [
          { period: "2011", value: 78, source: "Statbel" },
          { period: "2011", value: 78.1, source: "Statbel" },
        ],
      },
      { authorization: `Bearer ${editorToken}` },
    );
    const unknownSeries = await post(
      { observations: [{ period: "2011", value: 78, series: { geslacht: "x" } }] },
      { authorization: `Bearer ${editorToken}` },
    );
    expect(unknownSeries.json().error.rows[0].issues[0].message).toBe("Indicator KPI-WZG heeft geen reeks geslacht=x.");
    expect(dup.json().error.rows).toEqual([
      { row: 2, issues: [{ field: "period", message: "Deze indicator, reeks en periode staan ook al op rij 1." }] },
    ]);
    const unknown = await server.app.inject({
      method: "POST",
      url: "/api/v1/kpis/KPI-NOPE/observations",
      headers: { "content-type": "application/json", authorization: `Bearer ${editorToken}` },
      payload: JSON.stringify({ observations: [{ period: "2011", value: 1 }] }),
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toBe("Indicator KPI-NOPE bestaat niet.");
  });

  it("writes one audit row per series, however many values it holds", async () => {
    const before = await lastAuditId();
    const response = await post(
      {
        observations: [
          { period: "2010", value: 70.1, comment: "reeks aangevuld", source: "Statbel" },
          { period: "2011", value: 70.2, comment: "reeks aangevuld", source: "Statbel" },
          { period: "2012", value: 70.3, comment: "reeks aangevuld", source: "Statbel" },
          {
            period: "2010",
            value: 74.1,
            series: { geslacht: "mannen" },
            comment: "reeks aangevuld",
            source: "Statbel",
          },
          {
            period: "2011",
            value: 74.2,
            series: { geslacht: "mannen" },
            comment: "reeks aangevuld",
            source: "Statbel",
          },
        ],
      },
      { authorization: `Bearer ${editorToken}` },
    );
    expect(response.statusCode).toBe(201);
    const rows = await database.db.auditLog.findMany({
      where: { id: { gt: before } },
      select: { action: true, entityType: true, entityId: true, after: true },
      orderBy: { entityId: "asc" },
    });
    expect(rows.map((r) => [r.action, r.entityType, r.entityId])).toEqual([
      ["measurement.batch", "series", "KPI-WZG/geslacht=mannen"],
      ["measurement.batch", "series", "KPI-WZG/total"],
    ]);
    expect((rows[1]!.after as { period: string }[]).map((v) => v.period)).toEqual(["2010", "2011", "2012"]);
  });

  it("refuses an editor whose scope is another KPI, as the app does, and writes nothing", async () => {
    const scoped = await signIn(server, SCOPED_EDITOR, DEMO_PASSWORD);
    const before = await versions();
    const refused = await post(
      { observations: [{ period: "2013", value: 70 }] },
      { cookie: scoped, origin: TEST_BASE_URL },
    );
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({
      code: "FORBIDDEN",
      message: "Je mag indicator KPI-WZG niet bewerken.",
    });
    expect(await versions()).toBe(before);
    const own = await server.app.inject({
      method: "POST",
      url: "/api/v1/kpis/KPI-NWWZ/observations",
      headers: { "content-type": "application/json", cookie: scoped, origin: TEST_BASE_URL },
      payload: JSON.stringify({ observations: [{ period: "2013", value: 180000, source: "VDAB" }] }),
    });
    expect(own.statusCode).toBe(201);
  });

  it("refuses more than 100 000 rows in one upload, writing nothing", async () => {
    const before = await versions();
    const observations = Array.from({ length: 100_001 }, () => ({ period: "2015", value: 70 }));
    const response = await post({ observations }, { authorization: `Bearer ${editorToken}` });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe("Te veel rijen: hoogstens 100000 per keer.");
    expect(await versions()).toBe(before);
  });

  it("answers 413 with the limit in the caller's language to a body over 25 MB", async () => {
    const filler = "x".repeat(26 * 1024 * 1024);
    const response = await server.app.inject({
      method: "POST",
      url: "/api/v1/kpis/KPI-WZG/observations",
      headers: { "content-type": "text/csv", authorization: `Bearer ${editorToken}`, "accept-language": "en" },
      payload: `period,value,comment\n2014,70,${filler}\n`,
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({ code: "TOO_LARGE", message: "File too large: at most 25 MB." });
    const malformed = await post("{", { authorization: `Bearer ${editorToken}` });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe("BAD_INPUT");
  });

  it("offers the import template of a plan as CSV to editors only", async () => {
    const csv = await server.app.inject({
      method: "GET",
      url: "/api/v1/plans/IAB/import-template.csv",
      headers: { authorization: `Bearer ${editorToken}` },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-disposition"]).toBe('attachment; filename="boordtabel-IAB-import.csv"');
    expect(csv.body.split("\n")[0]).toBe("kpi,series,period,value,status,source,comment,reason,expectedVersion");
    expect(
      (
        await server.app.inject({
          method: "GET",
          url: "/api/v1/plans/IAB/import-template.xlsx",
          headers: { cookie: viewerCookie },
        })
      ).statusCode,
    ).toBe(403);
    expect((await server.app.inject({ method: "GET", url: "/api/v1/plans/IAB/import-template.csv" })).statusCode).toBe(
      401,
    );
  });

  it("lets an admin publish directly", async () => {
    const admin = await signIn(server, "admin@demo.boordtabel.be", DEMO_PASSWORD);
    const response = await post(
      { observations: [{ period: "2009", value: 78, workflow: "validated", comment: "test", source: "Statbel" }] },
      { cookie: admin, origin: TEST_BASE_URL },
    );
    expect(response.json()).toEqual({ recorded: 1, workflow: "validated" });
  });

  it("refuses to publish a value without its source, JSON or CSV, naming the row and writing nothing", async () => {
    const admin = await signIn(server, "admin@demo.boordtabel.be", DEMO_PASSWORD);
    const [before, audit] = [await versions(), await lastAuditId()];
    const json = await post(
      {
        observations: [
          { period: "2008", value: 78, workflow: "validated", comment: "test", source: "Statbel" },
          { period: "2007", value: 78, workflow: "validated", comment: "test" },
        ],
      },
      { cookie: admin, origin: TEST_BASE_URL },
    );
    expect(json.statusCode).toBe(400);
    expect(json.json().error.rows).toEqual([
      {
        row: 2,
        issues: [
          { field: "source", message: "Vermeld de bron van deze waarde: zonder bron kan ze niet gepubliceerd worden." },
        ],
      },
    ]);
    const csv = await server.app.inject({
      method: "POST",
      url: "/api/v1/kpis/KPI-WZG/observations?lang=en",
      headers: { "content-type": "text/csv", cookie: reviewerCookie, origin: TEST_BASE_URL },
      payload: "period,value,comment,workflow,source\n2008,78,test,validated,Statbel\n2007,78,test,validated,\n",
    });
    expect(csv.statusCode).toBe(400);
    expect(csv.json().error.rows).toEqual([
      {
        row: 2,
        issues: [
          { field: "source", message: "State the source of this value: without a source it cannot be published." },
        ],
      },
    ]);
    expect([await versions(), await lastAuditId()]).toEqual([before, audit]);
    // A draft may still lack its source.
    const draft = await post(
      { observations: [{ period: "2007", value: 78, workflow: "draft", comment: "test" }] },
      { cookie: admin, origin: TEST_BASE_URL },
    );
    expect(draft.json()).toEqual({ recorded: 1, workflow: "draft" });
  });

  it("answers 401 to anonymous callers and 403 to viewers", async () => {
    expect((await post({ observations: [{ period: "2011", value: 78 }] }, {})).statusCode).toBe(401);
    expect(
      (await post({ observations: [{ period: "2011", value: 78 }] }, { cookie: viewerCookie, origin: TEST_BASE_URL }))
        .statusCode,
    ).toBe(403);
  });
});
