import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fitsColumn, INT4_MAX, NUMERIC_COLUMNS } from "./column-limits.js";

const schema = readFileSync(new URL("../../../prisma/schema.prisma", import.meta.url), "utf8");

/** Every `@db.Decimal(p, s)` field of schema.prisma, as "Model.field" → {precision, scale}. */
function decimalColumns(source: string): Record<string, { precision: number; scale: number }> {
  const columns: Record<string, { precision: number; scale: number }> = {};
  for (const model of source.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    for (const field of model[2]!.matchAll(/^\s+(\w+)\s+Decimal\??\s.*@db\.Decimal\((\d+),\s*(\d+)\)/gm)) {
      columns[`${model[1]}.${field[1]}`] = { precision: Number(field[2]), scale: Number(field[3]) };
    }
  }
  return columns;
}

describe("the column limits", () => {
  it("mirror every numeric column of prisma/schema.prisma exactly", () => {
    const parsed = decimalColumns(schema);
    expect(Object.keys(parsed).length).toBeGreaterThan(5);
    expect(parsed).toEqual(NUMERIC_COLUMNS);
  });

  it("know that a Decimal field without @db.Decimal would escape the mirror", () => {
    expect(schema).not.toMatch(/^\s+\w+\s+Decimal\??(?![^\n]*@db\.Decimal)/m);
  });

  it("bound ids by PostgreSQL's integer, the type of every Int id in the schema", () => {
    expect(INT4_MAX).toBe(2 ** 31 - 1);
    expect(schema).not.toMatch(/^\s+id\s+Int\s.*@db\.(BigInt|SmallInt)/m);
  });

  it("let through what the column holds once rounded, and nothing more", () => {
    expect(fitsColumn("MeasurementVersion.value", 99_999_999_999_999.98)).toBe(true);
    expect(fitsColumn("MeasurementVersion.value", 1e14)).toBe(false);
    expect(fitsColumn("MeasurementVersion.value", -1e14)).toBe(false);
    expect(fitsColumn("MeasurementVersion.numerator", 1e14)).toBe(true);
    expect(fitsColumn("MeasurementVersion.envelope", 1e18)).toBe(false);
    // 99.99999 rounds to 100.0000, which numeric(6, 4) cannot hold
    expect(fitsColumn("Kpi.onTrackThreshold", 99.99999)).toBe(false);
    expect(fitsColumn("Kpi.onTrackThreshold", 99.9999)).toBe(true);
    expect(fitsColumn("Benchmark.value", Number.NaN)).toBe(false);
    expect(fitsColumn("Benchmark.value", 1e300)).toBe(false);
  });
});
