import { describe, expect, it } from "vitest";
import { parseDecimal } from "./numbers.js";

describe("parseDecimal", () => {
  it("reads Dutch and English decimals and Dutch thousands separators", () => {
    expect(parseDecimal("77,1")).toBe(77.1);
    expect(parseDecimal("77.1")).toBe(77.1);
    expect(parseDecimal(" 1.234,5 ")).toBe(1234.5);
    expect(parseDecimal("195.989")).toBe(195989);
    expect(parseDecimal("-0,5")).toBe(-0.5);
    expect(parseDecimal("1 234")).toBe(1234);
  });

  it("gives undefined for empty text and NaN for anything that is not a number", () => {
    expect(parseDecimal("")).toBeUndefined();
    expect(parseDecimal(undefined)).toBeUndefined();
    expect(parseDecimal("77,1%")).toBeNaN();
    expect(parseDecimal("abc")).toBeNaN();
    expect(parseDecimal("1,2,3")).toBeNaN();
  });
});
