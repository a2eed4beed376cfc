// Versioned responses: two instances on one database, as behind a load balancer. A write through
// one is seen through the other on the very next read, and unchanged reads come from the cache
// with an ETag a browser can revalidate.
import { DEMO_PASSWORD, ensureDemoAccounts } from "@boordtabel/api";
import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { createTestServer, signIn, TEST_BASE_URL } from "../test-support.js";

type Server = ReturnType<typeof createTestServer>;
let database: TestDatabase;
let writer: Server;
let reader: Server;
let admin = "";

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureDemoAccounts(database.db);
  writer = createTestServer(database.db);
  reader = createTestServer(database.db);
  await Promise.all([writer.app.ready(), reader.app.ready()]);
  admin = await signIn(writer, "admin@demo.boordtabel.be", DEMO_PASSWORD);
});

afterAll(async () => {
  await writer?.stop();
  await reader?.stop();
  await database?.drop();
});

const get = (server: Server, url: string, headers: Record<string, string> = {}) =>
  server.app.inject({ method: "GET", url, headers });
const raw = (response: { rawPayload: Buffer }) => response.rawPayload;

const record = async (period: string, value: number) => {
  const response = await writer.app.inject({
    method: "POST",
    url: "/trpc/measurement.record",
    headers: { cookie: admin, origin: TEST_BASE_URL, "content-type": "application/json" },
    payload: { kpi: "KPI-WZG", period, value, workflow: "validated", source: "Statbel" },
  });
  expect(response.statusCode, response.body).toBe(200);
};

const detailUrl = `/trpc/kpi.detail?input=${encodeURIComponent(JSON.stringify({ code: "KPI-WZG" }))}`;
const OBSERVATIONS = "/api/v1/kpis/KPI-WZG/observations.json";
const periods = (body: string) => [...body.matchAll(/"period":"(\d{4})"/g)].map((m) => m[1]);

describe("versioned read cache", () => {
  it("serves a write made through another instance on the next read", async () => {
    const before = await get(reader, OBSERVATIONS);
    expect(before.statusCode).toBe(200);
    expect(periods(before.body)).not.toContain("1991");
    expect((await get(reader, OBSERVATIONS)).body).toBe(before.body);
    const detailBefore = await get(reader, detailUrl);
    expect(detailBefore.statusCode).toBe(200);
    const hits = reader.readCache!.stats().hits;

    await record("1991", 71.3);

    const after = await get(reader, OBSERVATIONS);
    expect(periods(after.body)).toContain("1991");
    const detailAfter = await get(reader, detailUrl);
    expect(detailAfter.body).toContain("1991");
    expect(detailAfter.body).not.toBe(detailBefore.body);
    // Both were misses: the version had moved.
    expect(reader.readCache!.stats().hits).toBe(hits);
  });

  it("answers a repeated read from the cache, byte for byte, with the same ETag", async () => {
    const first = await get(reader, detailUrl);
    const hits = reader.readCache!.stats().hits;
    const second = await get(reader, detailUrl);
    expect(reader.readCache!.stats().hits).toBe(hits + 1);
    expect(second.body).toBe(first.body);
    expect(second.headers["content-type"]).toBe(first.headers["content-type"]);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(first.headers["cache-control"]).toBe("no-cache");
  });

  it("answers 304 to a matching If-None-Match until a write changes the version", async () => {
    for (const url of [OBSERVATIONS, detailUrl, "/api/v1/plans/IAB/observations.csv"]) {
      const first = await get(reader, url);
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^"\d+-/);
      const again = await get(reader, url, { "if-none-match": etag });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe("");
      expect(again.headers.etag).toBe(etag);
    }
    const etag = String((await get(reader, OBSERVATIONS)).headers.etag);
    await record("1992", 70.9);
    const changed = await get(reader, OBSERVATIONS, { "if-none-match": etag });
    expect(changed.statusCode, changed.body.slice(0, 300)).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(periods(changed.body)).toContain("1992");
  });

  it("keeps each audience and language apart, and signed-in answers private", async () => {
    const anonymous = await get(reader, detailUrl);
    const signedIn = await get(reader, detailUrl, { cookie: admin });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.headers.etag).not.toBe(anonymous.headers.etag);
    expect(signedIn.headers["cache-control"]).toBe("private, no-cache");
    const english = await get(reader, "/api/v1/plans/NOPE", { "accept-language": "en" });
    const dutch = await get(reader, "/api/v1/plans/NOPE", { "accept-language": "nl" });
    expect(english.statusCode).toBe(404);
    expect(english.body).not.toBe(dutch.body);
  });

  it("sends cached reads compressed when the client accepts it, the same bytes once unpacked", async () => {
    const plain = await get(reader, OBSERVATIONS);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    for (const [accept, encoding, unpack] of [
      ["gzip, deflate, br", "br", brotliDecompressSync],
      ["gzip", "gzip", gunzipSync],
    ] as const) {
      // The first answer in an encoding compresses it, the next one is the kept bytes.
      const first = await get(reader, OBSERVATIONS, { "accept-encoding": accept });
      const second = await get(reader, OBSERVATIONS, { "accept-encoding": accept });
      expect(first.headers["content-encoding"]).toBe(encoding);
      expect(String(first.headers.vary)).toContain("accept-encoding");
      expect(raw(first).length).toBeLessThan(raw(plain).length / 3);
      expect(unpack(raw(first)).equals(raw(plain))).toBe(true);
      expect(raw(second).equals(raw(first))).toBe(true);
      expect(second.headers.etag).toBe(plain.headers.etag);
    }
  });

  it("computes a read once when many ask for it at the same moment after a write", async () => {
    await record("1993", 70.4);
    const before = reader.readCache!.stats();
    const answers = await Promise.all(Array.from({ length: 6 }, () => get(reader, detailUrl)));
    const after = reader.readCache!.stats();
    expect(answers.map((a) => a.statusCode)).toEqual(Array(6).fill(200));
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect(answers[0]!.body).toContain("1993");
    // One computed it; the others shared its answer or found it kept.
    expect(after.misses - before.misses).toBe(1);
    expect(after.shared - before.shared + after.hits - before.hits).toBe(5);
    expect(after.computing).toBe(0);
  });

  it("never keeps a refusal: reading switched to signed-in only refuses the next anonymous read", async () => {
    expect((await get(reader, OBSERVATIONS)).statusCode).toBe(200);
    const off = await writer.app.inject({
      method: "POST",
      url: "/trpc/user.setPublicRead",
      headers: { cookie: admin, origin: TEST_BASE_URL, "content-type": "application/json" },
      payload: { publicRead: false },
    });
    expect(off.statusCode, off.body).toBe(200);
    expect((await get(reader, OBSERVATIONS)).statusCode).toBe(401);
    expect((await get(reader, OBSERVATIONS, { cookie: admin })).statusCode).toBe(200);
  });
});

describe("compression without the read cache", () => {
  it("still compresses the open-data exports, which were once added before the compression plugin", async () => {
    const plain = createTestServer(database.db, { readCacheBytes: 0 });
    try {
      await plain.app.ready();
      // Reading is for signed-in users by now (the refusal test above).
      const answer = await get(plain, OBSERVATIONS, { "accept-encoding": "gzip", cookie: admin });
      expect(answer.statusCode).toBe(200);
      expect(answer.headers["content-encoding"]).toBe("gzip");
      expect(JSON.parse(gunzipSync(raw(answer)).toString()).kpi.code).toBe("KPI-WZG");
    } finally {
      await plain.stop();
    }
  });
});
