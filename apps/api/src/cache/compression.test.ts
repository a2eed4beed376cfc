import { describe, expect, it } from "vitest";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { compress, isCompressible, negotiate } from "./compression.js";

describe("response compression", () => {
  it("prefers brotli, then gzip, and honours q-values and the wildcard", () => {
    expect(negotiate("gzip, deflate, br")).toBe("br");
    expect(negotiate("gzip, deflate")).toBe("gzip");
    expect(negotiate("br;q=0, gzip;q=0.5")).toBe("gzip");
    expect(negotiate("*")).toBe("br");
    expect(negotiate("*;q=0, gzip")).toBe("gzip");
    expect(negotiate("identity")).toBeNull();
    expect(negotiate(undefined)).toBeNull();
    expect(negotiate(["deflate", "gzip"])).toBe("gzip");
  });

  it("compresses text, JSON and CSV of at least 1 KB, never spreadsheets or PDFs", () => {
    expect(isCompressible("application/json; charset=utf-8", 5000)).toBe(true);
    expect(isCompressible("text/csv; charset=utf-8", 5000)).toBe(true);
    expect(isCompressible("application/json", 500)).toBe(false);
    expect(isCompressible("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 5000)).toBe(false);
    expect(isCompressible("application/pdf", 5000)).toBe(false);
  });

  it("gives back the same bytes after decompression, smaller", () => {
    const body = Buffer.from(
      JSON.stringify(Array.from({ length: 500 }, (_, i) => ({ period: `2020-${i}`, value: i }))),
    );
    const br = compress(body, "br");
    const gzip = compress(body, "gzip");
    expect(br.length).toBeLessThan(body.length / 4);
    expect(brotliDecompressSync(br).equals(body)).toBe(true);
    expect(gunzipSync(gzip).equals(body)).toBe(true);
  });
});
