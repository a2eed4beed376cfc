import type { KpiDetail } from "@boordtabel/api";
import { describe, expect, it } from "vitest";
import { toAnnotationMarks, toChartRows } from "./to-chart-rows";

type Observation = KpiDetail["observations"][number];

const observation = (period: string, value: number, status: Observation["status"] = "final"): Observation => ({
  period,
  value,
  status,
  source: "Statbel",
  sourceUrl: null,
  breakInSeries: false,
});

/** Only the fields the chart reads; the rest of the detail does not matter here. */
function detail(fields: Partial<KpiDetail> & { frequency?: string }): KpiDetail {
  return {
    kpi: { frequency: fields.frequency ?? "year" },
    observations: [],
    planned: [],
    targetPath: null,
    forecast: undefined,
    annotations: [],
    ...fields,
  } as unknown as KpiDetail;
}

describe("toChartRows", () => {
  it("draws the KPI's own frequency as the line and other periods as loose points, in time order", () => {
    const rows = toChartRows(
      detail({ observations: [observation("2018", 74.6), observation("2018-Q4", 75.1), observation("2019", 75.5)] }),
    );
    expect(rows.map((r) => [r.period, r.actual, r.other])).toEqual([
      ["2018", 74.6, undefined],
      ["2018-Q4", undefined, 75.1],
      ["2019", 75.5, undefined],
    ]);
  });

  it("starts the forecast at the latest value so the dotted line continues the actual one", () => {
    const rows = toChartRows(
      detail({
        observations: [observation("2019", 75.5), observation("2022", 76.4, "provisional")],
        forecast: { path: [{ period: "2023", value: 76.9, low: 76, high: 77.8 }] } as KpiDetail["forecast"],
      }),
    );
    const latest = rows.find((r) => r.period === "2022")!;
    expect(latest).toMatchObject({ actual: 76.4, forecast: 76.4, provisional: true, valueStatus: "provisional" });
    expect(rows.find((r) => r.period === "2023")).toMatchObject({ forecast: 76.9, forecastBand: [76, 77.8] });
  });

  it("thins a long monthly series to the room the chart has, keeping the last and provisional values", () => {
    const months = Array.from({ length: 360 }, (_, i) => {
      const period = `${1995 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
      return observation(period, 50 + Math.sin(i / 7) * 5, i === 200 ? "provisional" : "final");
    });
    const rows = toChartRows(detail({ frequency: "month", observations: months }), 100);
    const drawn = rows.filter((r) => r.actual !== undefined);
    expect(drawn.length).toBeLessThanOrEqual(101);
    expect(drawn.length).toBeGreaterThanOrEqual(90);
    expect(drawn.at(-1)?.period).toBe("2024-12");
    expect(drawn.some((r) => r.period === months[200]!.period)).toBe(true);
    // Without a limit, every value stays (the table uses these rows).
    expect(toChartRows(detail({ frequency: "month", observations: months })).length).toBe(360);
  });

  it("places annotations on the same time axis as the periods", () => {
    const marks = toAnnotationMarks(
      detail({
        annotations: [{ date: "2019-07-02", kind: "policy", title: { nl: "VOV", en: "VOV" }, sourceUrl: null }],
      }),
    );
    expect(marks[0]!.t).toBeCloseTo(2019.5, 2);
  });
});
