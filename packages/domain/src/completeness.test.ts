import { describe, expect, it } from "vitest";
import { recordShares, seriesRecord } from "./completeness.js";

const today = "2026-12-02";

describe("seriesRecord", () => {
  it("lists every missing expected period since the baseline, not only the newest", () => {
    const record = seriesRecord(
      { frequency: "YEAR", from: "2018", present: ["2018"], published: { "2018": "2019-06-30" } },
      today,
    );
    // A year's figure is due 12 months after the year: by 2 December 2026 up to 2024.
    expect(record.missing).toEqual(["2019", "2020", "2021", "2022", "2023", "2024"]);
    expect(record).toMatchObject({ publishedCount: 1, onTimeCount: 1 });
  });

  it("counts a draft or submitted value as present but not as published", () => {
    const record = seriesRecord(
      { frequency: "YEAR", from: "2023", present: ["2023", "2024"], published: { "2023": "2024-03-01" } },
      today,
    );
    expect(record).toEqual({ expected: ["2023", "2024"], missing: [], publishedCount: 1, onTimeCount: 1 });
  });

  it("counts a figure published after its due date as late", () => {
    // 2022 is due on 31 December 2023; published in 2025 it is complete but late.
    const record = seriesRecord(
      { frequency: "YEAR", from: "2022", present: ["2022"], published: { "2022": "2025-01-15" } },
      today,
    );
    expect(record).toMatchObject({ publishedCount: 1, onTimeCount: 0 });
  });

  it("follows the KPI's own publication lag and its reporting interval", () => {
    const quick = seriesRecord(
      { frequency: "YEAR", from: "2024", publicationLagMonths: 3, present: [], published: {} },
      today,
    );
    expect(quick.expected).toEqual(["2024", "2025"]);
    const survey = seriesRecord(
      { frequency: "YEAR", from: "2016", reportingInterval: 3, present: ["2016"], published: {} },
      today,
    );
    expect(survey.missing).toEqual(["2019", "2022"]);
  });

  it("starts at the first value when neither baseline nor plan start is known", () => {
    expect(seriesRecord({ frequency: "YEAR", from: null, present: ["2023"], published: {} }, today).expected).toEqual([
      "2023",
      "2024",
    ]);
    expect(seriesRecord({ frequency: "YEAR", from: null, present: [], published: {} }, today).expected).toEqual([]);
  });
});

describe("recordShares", () => {
  it("divides published and on-time values by the expected ones", () => {
    const a = seriesRecord(
      {
        frequency: "YEAR",
        from: "2021",
        present: ["2021", "2022"],
        published: { "2021": "2022-05-01", "2022": "2025-01-01" },
      },
      today,
    );
    const b = seriesRecord({ frequency: "YEAR", from: "2023", present: [], published: {} }, today);
    expect(recordShares([a, b])).toEqual({
      expected: 6,
      published: 2,
      onTime: 1,
      completeness: 2 / 6,
      timeliness: 1 / 6,
    });
    expect(recordShares([]).completeness).toBeNull();
  });
});
