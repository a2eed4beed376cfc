import type { Deck, KpiDetail, PlanOverview } from "@boordtabel/api";
import { describe, expect, it } from "vitest";
import { buildSlides, latestChange, longDate, nextIndex, slideIndex, type KpiRow, type OverviewNode } from "./slides";

const rollup = { total: 0, coverage: { assessed: 0, total: 0 }, counts: {} } as OverviewNode["kpis"];
const commitmentRollup = (total: number, reported = 0): Deck["commitments"] => ({
  total,
  reported,
  late: 0,
  pastDeadlineUnknown: 0,
  counts: { UNKNOWN: total - reported, NOT_STARTED: reported, IN_PROGRESS: 0, DONE: 0, DELAYED: 0, DROPPED: 0 },
});

const node = (code: string, parent: string | null = null, kind = parent ? "theme" : "pillar"): OverviewNode => ({
  code,
  parent,
  kind,
  number: null,
  title: { nl: code, en: code },
  kpis: rollup,
  commitments: commitmentRollup(0),
});

const kpi = (code: string, home: string | null, fields: Partial<KpiRow> = {}): KpiRow => ({
  code,
  name: { nl: code, en: code },
  node: home,
  unit: "percent",
  decimals: 1,
  isHeadline: false,
  latest: { period: "2023", value: 76.8, status: "final" },
  target: null,
  status: "AT_RISK",
  summary: { nl: "", en: "" },
  stale: false,
  expectedLatestPeriod: null,
  sparkline: [],
  ...fields,
});

function overview(nodes: OverviewNode[], kpis: KpiRow[]): PlanOverview {
  return { nodes, kpis, headline: kpis.filter((k) => k.isHeadline) } as unknown as PlanOverview;
}

function deck(domains: { node: string; commitments: number }[], reservations: Deck["reservations"] = []): Deck {
  return {
    code: "X",
    asOf: null,
    since: null,
    commitments: commitmentRollup(0),
    reservations,
    correctiveActions: [],
    domains: domains.map((d) => ({
      node: d.node,
      rollup: commitmentRollup(d.commitments),
      commitments: Array.from({ length: d.commitments }, (_, i) => ({
        code: `${d.node}-C${i}`,
        title: { nl: "t", en: "t" },
        status: "unknown" as const,
        progress: null,
        deadline: null,
        late: false,
        lastUpdate: null,
        changes: [],
      })),
    })),
  };
}

const kinds = (slides: ReturnType<typeof buildSlides>) => slides.map((s) => `${s.kind}:${s.id}`);

describe("buildSlides", () => {
  const iab = overview(
    [node("INTRO", null, "introduction"), node("P1"), node("T1.1", "P1"), node("P2"), node("P3")],
    [
      kpi("K-HEAD", "T1.1", { isHeadline: true }),
      kpi("K-EMPTY-HEAD", "P1", { isHeadline: true, latest: null }),
      kpi("K-EMPTY", "P1", { latest: null }),
      kpi("K-P2", "P2"),
    ],
  );
  const iabDeck = deck([
    { node: "INTRO", commitments: 1 },
    { node: "P1", commitments: 3 },
    { node: "P2", commitments: 2 },
    { node: "P3", commitments: 4 },
  ]);

  it("runs title, each pillar followed by its headline KPIs, reservations, closing", () => {
    expect(kinds(buildSlides(iab, iabDeck, { all: false }))).toEqual([
      "title:title",
      "pillar:P1",
      "kpi:K-HEAD",
      "pillar:P2",
      "domain:P3",
      "reservations:reservations",
      "closing:closing",
    ]);
  });

  it("shows the corrective actions open on the deck's date after the reservations, only when there are any", () => {
    const action = {
      id: 1,
      kpi: { code: "K-HEAD", name: { nl: "K", en: "K" } },
      series: { key: "total", label: { nl: "Totaal", en: "Total" } },
      statusAtOpen: "OFF_TRACK",
      what: "Extra begeleiding",
      who: "VDAB",
      dueDate: "2027-06-30",
      expectedEffect: "+1",
      openedAt: "2026-12-01",
    };
    const slides = buildSlides(iab, { ...iabDeck, correctiveActions: [action] }, { all: false });
    expect(kinds(slides).slice(-3)).toEqual([
      "reservations:reservations",
      "corrective-actions:corrective-actions",
      "closing:closing",
    ]);
  });

  it("leaves KPIs without data out of the pillar and the headline slides unless all are asked", () => {
    const [, pillar] = buildSlides(iab, iabDeck, { all: false });
    expect(pillar).toMatchObject({ kind: "pillar", withoutData: 2 });
    expect(pillar?.kind === "pillar" && pillar.kpis.map((k) => k.code)).toEqual(["K-HEAD"]);

    const all = buildSlides(iab, iabDeck, { all: true });
    expect(kinds(all)).toContain("kpi:K-EMPTY-HEAD");
    expect(all[1]).toMatchObject({ kind: "pillar", withoutData: 0 });
  });

  it("continues a long KPI list of a pillar on the next slides, the rest of the deck after it", () => {
    const many = Array.from({ length: 23 }, (_, i) => kpi(`K${i}`, "P1", { isHeadline: i === 0 }));
    const slides = buildSlides(overview([node("P1")], many), deck([]), { all: false });
    expect(kinds(slides)).toEqual([
      "title:title",
      "pillar:P1",
      "pillar:P1~2",
      "pillar:P1~3",
      "kpi:K0",
      "reservations:reservations",
      "closing:closing",
    ]);
    const pillars = slides.filter((s) => s.kind === "pillar");
    expect(pillars.map((s) => s.kpis.length)).toEqual([10, 10, 3]);
    expect(pillars.map((s) => `${s.part}/${s.parts}`)).toEqual(["1/3", "2/3", "3/3"]);
  });

  it("gives a plan without KPIs a commitments slide per domain, no KPI slide and no reservations slide", () => {
    const digi = overview([node("D1"), node("D2"), node("CHAPTER", null, "chapter")], []);
    const slides = buildSlides(
      digi,
      deck([
        { node: "D1", commitments: 9 },
        { node: "D2", commitments: 7 },
        { node: "CHAPTER", commitments: 0 },
      ]),
      { all: true },
    );
    expect(kinds(slides)).toEqual(["title:title", "domain:D1", "domain:D2", "closing:closing"]);
    expect(slides.some((s) => s.kind === "pillar" || s.kind === "kpi")).toBe(false);
  });

  it("never makes a pillar slide whose KPIs all lack data into an empty KPI list", () => {
    const plan = overview([node("P1")], [kpi("K1", "P1", { latest: null })]);
    const [, pillar] = buildSlides(plan, deck([{ node: "P1", commitments: 2 }]), { all: false });
    expect(pillar).toMatchObject({ kind: "pillar", kpis: [], withoutData: 1 });
    expect(pillar?.kind === "pillar" && pillar.domain?.commitments).toHaveLength(2);
  });

  it("still shows a headline KPI filed under no pillar", () => {
    const plan = overview([node("P1")], [kpi("K1", "P1"), kpi("LOOSE", null, { isHeadline: true })]);
    expect(kinds(buildSlides(plan, deck([]), { all: false }))).toContain("kpi:LOOSE");
  });
});

describe("moving through the deck", () => {
  it("reads the slide number of the address as a clamped index", () => {
    expect(slideIndex(undefined, 5)).toBe(0);
    expect(slideIndex(3, 5)).toBe(2);
    expect(slideIndex(99, 5)).toBe(4);
    expect(slideIndex(0, 5)).toBe(0);
    expect(slideIndex(2, 0)).toBe(0);
  });

  it("moves with arrows and PageUp/PageDown, jumps with Home/End and stops at the ends", () => {
    expect(nextIndex("ArrowRight", 0, 5)).toBe(1);
    expect(nextIndex("PageDown", 4, 5)).toBe(4);
    expect(nextIndex("ArrowLeft", 0, 5)).toBe(0);
    expect(nextIndex("PageUp", 3, 5)).toBe(2);
    expect(nextIndex("Home", 3, 5)).toBe(0);
    expect(nextIndex("End", 1, 5)).toBe(4);
    expect(nextIndex("a", 1, 5)).toBeNull();
  });
});

describe("latestChange", () => {
  const observation = (period: string, value: number) =>
    ({ period, value, status: "final" }) as KpiDetail["chart"]["points"][number];

  const chart = (points: KpiDetail["chart"]["points"]): KpiDetail["chart"] => ({
    points,
    thinned: false,
    totalPoints: points.length,
    maxPoints: 240,
  });

  it("compares the latest value of the series' own frequency with the one before", () => {
    const change = latestChange({
      selectedFrequency: "year",
      chart: chart([observation("2022", 76.7), observation("2023-Q1", 77.9), observation("2023", 76.8)]),
    });
    expect(change?.latest.period).toBe("2023");
    expect(change?.previous?.period).toBe("2022");
    expect(change?.difference).toBe(0.1);
  });

  it("has no change for a single value and nothing for none", () => {
    expect(latestChange({ selectedFrequency: "year", chart: chart([observation("2018", 50)]) })).toMatchObject({
      previous: null,
      difference: null,
    });
    expect(latestChange({ selectedFrequency: "year", chart: chart([]) })).toBeNull();
  });
});

it("writes the as-of date out in the deck's language", () => {
  expect(longDate("2026-11-30", "nl")).toBe("30 november 2026");
  expect(longDate("2026-11-30", "en")).toBe("30 November 2026");
});
