import type { KpiDetail, KpiValues } from "@boordtabel/api";
import { describe, expect, it } from "vitest";
import { toAnnotationMarks, toChartRows, yearlessBenchmarks } from "./to-chart-rows";

type Observation = KpiValues["values"][number];

const observation = (period: string, value: number, status: Observation["status"] = "final"): Observation => ({
  period,
  value,
  status,
  source: "Statbel",
  sourceUrl: null,
  breakInSeries: false,
  comment: null,
  knownSince: null,
  knownSinceApproximate: false,
});

/** Only the fields the chart reads; the rest of the detail does not matter here. */
function detail({
  observations = [],
  ...fields
}: Partial<KpiDetail> & { observations?: Observation[]; frequency?: string; reportingInterval?: number }): KpiDetail {
  return {
    kpi: { frequency: fields.frequency ?? "year", reportingInterval: fields.reportingInterval ?? 1 },
    chart: { points: observations, thinned: false, totalPoints: observations.length, maxPoints: 240 },
    planned: [],
    targetPath: null,
    forecast: undefined,
    annotations: [],
    benchmarks: [],
    selectedSeries: "total",
    selectedFrequency: fields.frequency ?? "year",
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

  it("breaks the line where a year is missing or the series breaks, instead of bridging it", () => {
    const rows = toChartRows(
      detail({
        observations: [
          observation("2018", 74.6),
          observation("2019", 75.5),
          observation("2020", 74.7),
          observation("2022", 76.4),
          { ...observation("2023", 77.1), breakInSeries: true },
        ],
      }),
    );
    expect(rows.map((r) => [r.period, r.segment])).toEqual([
      ["2018", 0],
      ["2019", 0],
      ["2020", 0],
      ["2022", 1],
      ["2023", 2],
    ]);
    expect(rows.at(-1)?.breakInSeries).toBe(true);
  });

  it("draws a thinned series without gaps between its points, trusting the stretches judged on the whole series", () => {
    // What the server sends for a long series: every other month, all of one stretch but the last.
    const points = Array.from({ length: 20 }, (_, i) => ({
      ...observation(`${2001 + Math.floor((i * 2) / 12)}-${String(((i * 2) % 12) + 1).padStart(2, "0")}`, 50),
      stretch: i < 19 ? 0 : 1,
    }));
    const rows = toChartRows(detail({ frequency: "month", observations: points }));
    expect(rows.filter((r) => r.segment === 0)).toHaveLength(19);
    expect(rows.at(-1)?.segment).toBe(1);
  });

  it("does not see a gap between the waves of a survey held every three years", () => {
    const waves = ["2004", "2007", "2010", "2013", "2016", "2019", "2023"].map((p) => observation(p, 50));
    const rows = toChartRows(detail({ observations: waves, reportingInterval: 3 }));
    expect(new Set(rows.map((r) => r.segment))).toEqual(new Set([0]));
    const yearly = toChartRows(detail({ observations: waves }));
    expect(new Set(yearly.map((r) => r.segment)).size).toBe(7);
  });

  it("keeps indicative points apart from targets and puts dated benchmarks on the axis, yearless ones aside", () => {
    const d = detail({
      targetPath: {
        targets: [
          { period: "2020", value: 76, kind: "target", source: "Pact 2020" },
          { period: "2024", value: 77.9, kind: "indicative", source: "Steunpunt Werk" },
        ],
      } as unknown as KpiDetail["targetPath"],
      benchmarks: [
        { entity: "SE", name: { nl: "Zweden", en: "Sweden" }, period: null, value: 82.6, series: "total" },
        { entity: "EU27", name: { nl: "EU27", en: "EU27" }, period: "2022", value: 73.1, series: "total" },
      ] as unknown as KpiDetail["benchmarks"],
    });
    const rows = toChartRows(d);
    expect(rows.find((r) => r.period === "2020")).toMatchObject({ target: 76 });
    expect(rows.find((r) => r.period === "2024")).toMatchObject({ indicative: 77.9 });
    expect(rows.find((r) => r.period === "2024")?.target).toBeUndefined();
    expect(rows.find((r) => r.period === "2022")?.benchmarks).toEqual({ EU27: 73.1 });
    expect(yearlessBenchmarks(d).map((b) => b.entity)).toEqual(["SE"]);
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
