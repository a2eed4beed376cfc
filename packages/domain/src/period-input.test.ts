import { describe, expect, it } from "vitest";
import { message } from "./messages/index.js";
import { entryPeriodChoices, expectedPeriods, periodIssue, readPeriod, readSeriesPeriod } from "./period-input.js";

const wzg = { kpi: "KPI-WZG", frequency: "YEAR" as const };
const today = "2026-12-02";

describe("readPeriod", () => {
  it("reads quarters the way the app shows them and the way people type them", () => {
    for (const text of ["K2 2025", "2025-K2", "2025 Q2", "2025-Q2", "Q2 2025", "q2-2025", "k2/2025"])
      expect(readPeriod(text), text).toBe("2025-Q2");
  });

  it("reads years, months and school years", () => {
    expect(readPeriod(" 2025 ")).toBe("2025");
    for (const text of ["2025-03", "03/2025", "3-2025", "maart 2025", "mrt 2025", "March 2025"])
      expect(readPeriod(text), text).toBe("2025-03");
    for (const text of ["2019-2020", "2019/2020", "2019-20", "schooljaar 2019-2020", "school year 2019–2020"])
      expect(readPeriod(text), text).toBe("2019-2020");
  });

  it("reads nothing that is not a period", () => {
    for (const text of ["", "K5 2025", "2025-13", "2019-2021", "twintig", "00/2025"])
      expect(readPeriod(text)).toBeNull();
  });
});

describe("periodIssue", () => {
  it("names the series' frequency and gives an example in the reader's notation", () => {
    const issue = periodIssue("2025-Q2", wzg, today, "nl")!;
    expect(message("nl", issue.key, issue.params)).toBe("KPI-WZG is een jaarreeks en verwacht een jaar, bv. 2025.");
    const quarterly = periodIssue("2025", { kpi: "KPI-X", frequency: "QUARTER" }, today, "en")!;
    expect(message("en", quarterly.key, quarterly.params)).toBe(
      "KPI-X is a quarterly series and expects a quarter, e.g. Q3 2026.",
    );
    const nlQuarter = periodIssue("2025", { kpi: "KPI-X", frequency: "QUARTER" }, today, "nl")!;
    expect(message("nl", nlQuarter.key, nlQuarter.params)).toBe(
      "KPI-X is een kwartaalreeks en verwacht een kwartaal, bv. K3 2026.",
    );
  });

  it("refuses a period that has not started yet and says when it starts", () => {
    const issue = periodIssue("2050", wzg, today, "nl")!;
    expect(message("nl", issue.key, issue.params)).toBe(
      "2050 is nog niet begonnen: een waarde kan pas vanaf 1 januari 2050.",
    );
    const en = periodIssue("2027", wzg, today, "en")!;
    expect(message("en", en.key, en.params)).toBe(
      "2027 has not started yet: a value can be entered from 1 January 2027 on.",
    );
  });

  it("accepts the current period and past ones", () => {
    expect(periodIssue("2026", wzg, today, "nl")).toBeNull();
    expect(periodIssue("2019", wzg, today, "nl")).toBeNull();
  });
});

describe("readSeriesPeriod", () => {
  it("turns local notation into the canonical period of the series", () => {
    expect(readSeriesPeriod("K2 2025", { kpi: "KPI-Q", frequency: "QUARTER" }, today, "nl")).toEqual({
      period: "2025-Q2",
      issue: null,
    });
    expect(readSeriesPeriod("K2 2025", wzg, today, "nl").issue?.key).toBe("period.expects.year");
    expect(readSeriesPeriod("onzin", wzg, today, "nl").issue?.key).toBe("period.expects.year");
  });
});

describe("expectedPeriods", () => {
  it("lists every period whose figure is due by today, from the first expected one", () => {
    // A year's figure is due 12 months after its end: on 2 December 2026 that is 2024 at the latest.
    expect(expectedPeriods({ frequency: "YEAR", today, from: "2019" })).toEqual([
      "2019",
      "2020",
      "2021",
      "2022",
      "2023",
      "2024",
    ]);
    expect(expectedPeriods({ frequency: "YEAR", today, from: "2019", publicationLagMonths: 6 }).at(-1)).toBe("2025");
    expect(expectedPeriods({ frequency: "QUARTER", today, from: "2025-Q3" })).toEqual([
      "2025-Q3",
      "2025-Q4",
      "2026-Q1",
      "2026-Q2",
    ]);
  });

  it("expects every Nth period of a survey held every N periods", () => {
    expect(expectedPeriods({ frequency: "YEAR", today, from: "2016", reportingInterval: 3 })).toEqual([
      "2016",
      "2019",
      "2022",
    ]);
  });
});

describe("entryPeriodChoices", () => {
  it("offers the missing periods after the latest value first and preselects the next one", () => {
    const choices = entryPeriodChoices({ frequency: "YEAR", today, present: ["2018", "2019", "2022"] });
    expect(choices.missing).toEqual(["2023", "2024", "2025"]);
    expect(choices.next).toBe("2023");
    expect(choices.recent[0]).toBe("2026");
  });

  it("counts gaps from the baseline when the series has no value yet", () => {
    expect(entryPeriodChoices({ frequency: "YEAR", today, present: [], from: "2023" }).missing).toEqual([
      "2023",
      "2024",
      "2025",
    ]);
  });

  it("offers the current period when nothing is missing", () => {
    const choices = entryPeriodChoices({ frequency: "QUARTER", today, present: ["2026-Q3"] });
    expect(choices.missing).toEqual([]);
    expect(choices.next).toBeNull();
    expect(choices.recent[0]).toBe("2026-Q4");
  });
});
