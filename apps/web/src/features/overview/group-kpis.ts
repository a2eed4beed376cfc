import type { PlanOverview } from "@boordtabel/api";

type Node = PlanOverview["nodes"][number];
type Kpi = PlanOverview["kpis"][number];

export interface KpiGroup {
  code: string;
  number: string | null;
  /** null for the KPIs filed nowhere (the page names that group). */
  title: Node["title"] | null;
  /** The pillar itself comes first (as its own "theme") for KPIs filed on the pillar. */
  themes: { code: string; number: string | null; title: Node["title"] | null; kpis: Kpi[] }[];
}

/** KPIs under their pillar and theme, in the plan's order; empty groups are left out and KPIs
 *  filed nowhere come last under "other". */
export function groupKpis(nodes: Node[], kpis: Kpi[]): KpiGroup[] {
  const parentOf = new Map(nodes.map((n) => [n.code, n.parent]));
  const groups: KpiGroup[] = [];
  for (const pillar of nodes.filter((n) => n.parent === null)) {
    const sections = [pillar, ...nodes.filter((n) => n.parent === pillar.code)].map((n) => ({
      code: n.code,
      number: n.number,
      title: n.title,
      kpis: kpis.filter((k) => k.node === n.code),
    }));
    const themes = sections.filter((s) => s.kpis.length > 0);
    if (themes.length > 0) groups.push({ code: pillar.code, number: pillar.number, title: pillar.title, themes });
  }
  const known = new Set(nodes.filter((n) => n.parent === null || parentOf.get(n.parent) === null).map((n) => n.code));
  const orphans = kpis.filter((k) => k.node === null || !known.has(k.node));
  if (orphans.length > 0) {
    groups.push({
      code: "other",
      number: null,
      title: null,
      themes: [{ code: "other", number: null, title: null, kpis: orphans }],
    });
  }
  return groups;
}

/** A KPI matches when every word of the query is in its name (either language) or code,
 *  ignoring case and accents. */
export function matchesQuery(kpi: Kpi, query: string, language: "nl" | "en"): boolean {
  const fold = (s: string) =>
    s
      .normalize("NFD")
      .replace(/\p{Diacritic}/gu, "")
      .toLowerCase();
  const haystack = fold(`${kpi.code} ${kpi.name[language]} ${kpi.name.nl} ${kpi.name.en}`);
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
