import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** The encodings a cached answer is kept in besides its plain bytes, best first. */
export type Encoding = "br" | "gzip";
const ENCODINGS: Encoding[] = ["br", "gzip"];

/** Smaller answers are not worth compressing (the same bar as @fastify/compress's threshold). */
export const COMPRESS_THRESHOLD = 1024;

/** The types @fastify/compress compresses: text, JSON, XML (not XLSX or PDF, already zipped). */
const COMPRESSIBLE = /^text\/(?!event-stream)|(?:\+|\/)json(?:;|$)|(?:\+|\/)text(?:;|$)|(?:\+|\/)xml(?:;|$)/u;

export const isCompressible = (contentType: string | undefined, bytes: number): boolean =>
  bytes >= COMPRESS_THRESHOLD && COMPRESSIBLE.test(contentType ?? "application/json");

/** The best encoding the client accepts (`Accept-Encoding`, with q-values; `*` counts), or null
 *  for the plain bytes. */
export function negotiate(acceptEncoding: string | string[] | undefined): Encoding | null {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(",") : acceptEncoding;
  if (!header) return null;
  const q = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const weight = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name) q.set(name, weight === undefined ? 1 : Number(weight));
  }
  const accepted = (e: Encoding) => (q.get(e) ?? q.get("*") ?? 0) > 0;
  return ENCODINGS.find(accepted) ?? null;
}

/** Compressed once per cached answer and encoding, on the first read after a write, which pays
 *  for it: brotli at the quality @fastify/compress uses (4), gzip at level 1 (nginx's default).
 *  zlib's default level 6 took 7.5 ms for a 330 KB export where level 1 takes 1.5 ms, for an
 *  answer 19 % larger (13.5 against 11.4 KB); Node's fetch and many clients ask for gzip only. */
export function compress(body: Buffer, encoding: Encoding): Buffer {
  return encoding === "br"
    ? brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 4,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzipSync(body, { level: 1 });
}
