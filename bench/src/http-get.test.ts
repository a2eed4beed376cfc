import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpGet } from "./http-get.js";

const json = JSON.stringify({
  values: Array.from({ length: 500 }, (_, i) => ({ period: String(2000 + i), value: i })),
});

describe("the load generator's HTTP client", () => {
  let server: http.Server;
  let base = "";
  const seen: (string | undefined)[] = [];
  beforeAll(async () => {
    server = http.createServer((request, response) => {
      seen.push(request.headers["accept-encoding"]);
      if (request.url === "/gzip") {
        response.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
        response.end(gzipSync(json));
      } else if (request.url === "/plain") {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(json);
      } else {
        response.writeHead(404, { "content-type": "text/plain" });
        response.end("not here");
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("asks for gzip and unpacks a compressed answer to the bytes the server meant", async () => {
    const answer = await httpGet(`${base}/gzip`);
    expect(seen.at(-1)).toBe("gzip");
    expect(answer.status).toBe(200);
    expect(answer.body.toString()).toBe(json);
    expect(answer.sentBytes).toBeLessThan(json.length / 3);
  });

  it("passes a plain answer through and reports the status of a failed one", async () => {
    expect((await httpGet(`${base}/plain`)).body.toString()).toBe(json);
    const missing = await httpGet(`${base}/nowhere`);
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toBe("not here");
  });

  it("rejects when nothing listens", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(httpGet(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  });
});
