import http from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";

/** The load generator's HTTP client: a GET over kept-alive connections that asks for gzip, as
 *  a browser asks for a compressed answer, and unpacks the answer it gets, as a browser does.
 *
 *  Node's `http` rather than `fetch`: the generator shares the two cores with the server and
 *  PostgreSQL, and `fetch` (undici's WHATWG layer: Request, Headers, a web stream per body) cost
 *  it 2.2–2.8 ms of CPU per answer where this costs 0.6–0.9 ms — CPU taken from the server it
 *  measures, while the SQL baseline's client (`pg`) costs 0.7–0.9 ms per answer
 *  (docs/performance.md, change 20). */
export interface HttpAnswer {
  status: number;
  /** The body as sent (compressed when the server compressed it). */
  sentBytes: number;
  /** The body unpacked. */
  body: Buffer;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

export function httpGet(url: string): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { "accept-encoding": "gzip" } }, (response) => {
      const parts: Buffer[] = [];
      response.on("data", (part: Buffer) => parts.push(part));
      response.on("error", reject);
      response.on("end", () => {
        const sent = Buffer.concat(parts);
        try {
          const encoding = response.headers["content-encoding"];
          const body = encoding === "gzip" ? gunzipSync(sent) : encoding === "br" ? brotliDecompressSync(sent) : sent;
          resolve({ status: response.statusCode ?? 0, sentBytes: sent.length, body });
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    });
    request.on("error", reject);
  });
}
