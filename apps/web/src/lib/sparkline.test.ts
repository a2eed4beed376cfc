import { describe, expect, it } from "vitest";
import { sparklinePath } from "./sparkline";

describe("sparklinePath", () => {
  it("puts the highest value at the top and the lowest at the bottom, spread over the width", () => {
    const d = sparklinePath(
      [
        { period: "2017", value: 73 },
        { period: "2018", value: 74.6 },
        { period: "2019", value: 75.5 },
      ],
      100,
      40,
    );
    expect(d).toBe("M2.0,38.0 L50.0,15.0 L98.0,2.0");
  });

  it("draws a flat series at mid-height and nothing for fewer than two points", () => {
    expect(
      sparklinePath(
        [
          { period: "2018", value: 5 },
          { period: "2019", value: 5 },
        ],
        10,
        20,
        0,
      ),
    ).toBe("M0.0,10.0 L10.0,10.0");
    expect(sparklinePath([{ period: "2018", value: 5 }], 10, 20)).toBe("");
  });
});
