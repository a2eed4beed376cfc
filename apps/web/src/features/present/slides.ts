import type { Deck, KpiDetail, PlanOverview } from "@boordtabel/api";
import { parsePeriod } from "@boordtabel/domain";
import type { Language } from "../../i18n";

export type OverviewNode = PlanOverview["nodes"][number];
export type KpiRow = PlanOverview["kpis"][number];
export type Domain = Deck["domains"][number];

export type Slide =
  | { kind: "title"; id: "title" }
  /** A pillar with KPIs: its status distribution and the KPIs that have data (all when asked),
   *  at most KPIS_PER_SLIDE of them; a longer list continues on the next slide (part 2 of 3 …). */
  | {
      kind: "pillar";
      id: string;
      node: OverviewNode;
      kpis: KpiRow[];
      part: number;
      parts: number;
      withoutData: number;
      domain: Domain | null;
    }
  /** A pillar or domain without KPIs: its commitments, never an empty KPI slide. */
  | { kind: "domain"; id: string; node: OverviewNode; domain: Domain }
  | { kind: "kpi"; id: string; kpi: KpiRow }
  | { kind: "reservations"; id: "reservations"; reservations: Deck["reservations"] }
  /** The corrective actions open on the deck's date (only when there are any). */
  | { kind: "corrective-actions"; id: "corrective-actions"; actions: Deck["correctiveActions"] }
  | { kind: "closing"; id: "closing" };

/** As many KPI rows as a projector shows legibly at once. */
export const KPIS_PER_SLIDE = 10;

export interface SlideOptions {
  /** Also show KPIs without any value (`?all=1`). */
  all: boolean;
}

/** The board's deck: the plan, then per pillar its slide followed by its headline KPIs, the
 *  open reservations (for a plan with KPIs) and a closing slide. A pillar or domain without KPIs
 *  gets a commitments slide; one with neither KPIs nor commitments (a chapter, the introduction)
 *  gets none. KPIs without data are left out unless asked. */
export function buildSlides(plan: PlanOverview, deck: Deck, options: SlideOptions): Slide[] {
  const shown = (k: KpiRow) => options.all || k.latest !== null;
  const homePillar = pillarOf(plan.nodes);
  const pillars = plan.nodes.filter((n) => n.parent === null && n.kind !== "introduction");
  const slides: Slide[] = [{ kind: "title", id: "title" }];
  const headlineShown = new Set<string>();

  for (const node of pillars) {
    const kpis = plan.kpis.filter((k) => homePillar(k.node) === node.code);
    const domain = deck.domains.find((d) => d.node === node.code) ?? null;
    if (kpis.length > 0) {
      const visible = kpis.filter(shown);
      const parts = Math.max(1, Math.ceil(visible.length / KPIS_PER_SLIDE));
      for (let part = 1; part <= parts; part++) {
        slides.push({
          kind: "pillar",
          id: part === 1 ? node.code : `${node.code}~${part}`,
          node,
          kpis: visible.slice((part - 1) * KPIS_PER_SLIDE, part * KPIS_PER_SLIDE),
          part,
          parts,
          withoutData: kpis.length - visible.length,
          domain: domain && domain.commitments.length > 0 ? domain : null,
        });
      }
      for (const kpi of visible.filter((k) => k.isHeadline)) {
        slides.push({ kind: "kpi", id: kpi.code, kpi });
        headlineShown.add(kpi.code);
      }
    } else if (domain && domain.commitments.length > 0) {
      slides.push({ kind: "domain", id: node.code, node, domain });
    }
  }
  // Headline KPIs filed under no pillar still get their slide.
  for (const kpi of plan.headline.filter((k) => shown(k) && !headlineShown.has(k.code))) {
    slides.push({ kind: "kpi", id: kpi.code, kpi });
  }
  if (plan.kpis.length > 0) slides.push({ kind: "reservations", id: "reservations", reservations: deck.reservations });
  if (deck.correctiveActions.length > 0)
    slides.push({ kind: "corrective-actions", id: "corrective-actions", actions: deck.correctiveActions });
  slides.push({ kind: "closing", id: "closing" });
  return slides;
}

/** The top-level node a node sits under (itself when it is one). */
function pillarOf(nodes: OverviewNode[]) {
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  return (code: string | null): string | null => {
    let node = code === null ? undefined : byCode.get(code);
    while (node?.parent) node = byCode.get(node.parent);
    return node?.code ?? null;
  };
}

/** A slide number from the address (1-based) as an index into the deck, clamped to it. */
export function slideIndex(slide: number | undefined, count: number): number {
  if (count === 0 || slide === undefined || !Number.isFinite(slide)) return 0;
  return Math.min(Math.max(Math.trunc(slide), 1), count) - 1;
}

/** Where a key sends the deck from `index`, or null for a key the deck does not use
 *  (Escape is handled by the page: it leaves the deck). */
export function nextIndex(key: string, index: number, count: number): number | null {
  const last = Math.max(count - 1, 0);
  if (["ArrowRight", "ArrowDown", "PageDown", " "].includes(key)) return Math.min(index + 1, last);
  if (["ArrowLeft", "ArrowUp", "PageUp"].includes(key)) return Math.max(index - 1, 0);
  if (key === "Home") return 0;
  if (key === "End") return last;
  return null;
}

type Observation = KpiDetail["chart"]["points"][number];

/** The latest value of the series' own frequency and the one before it, with the difference. */
export function latestChange(detail: Pick<KpiDetail, "chart" | "selectedFrequency">): {
  latest: Observation;
  previous: Observation | null;
  difference: number | null;
} | null {
  const frequency = detail.selectedFrequency.toUpperCase();
  // The chart's points always hold the latest values whole, thinned or not.
  const points = detail.chart.points;
  const own = points.filter((o) => parsePeriod(o.period).frequency === frequency);
  const values = own.length > 0 ? own : points;
  const latest = values.at(-1);
  if (!latest) return null;
  const previous = values.at(-2) ?? null;
  return { latest, previous, difference: previous ? round(latest.value - previous.value) : null };
}

/** Floating-point noise off a difference (76,8 − 76,7 = 0,1, not 0,0999…). */
const round = (value: number) => Math.round(value * 1e9) / 1e9;

/** "30 november 2026" / "30 November 2026". */
export function longDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language === "nl" ? "nl-BE" : "en-GB", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}
