import type { AppRouter, KpiDetail, PlanOverview } from "@boordtabel/api";
import type { inferRouterOutputs } from "@trpc/server";
import type { Language } from "../../i18n";

export type PackCommitment = inferRouterOutputs<AppRouter>["commitment"]["list"][number];
export type PackNode = PlanOverview["nodes"][number];
export type PackKpi = PlanOverview["kpis"][number];

/** Everything the board pack shows, loaded before anything is printed. */
export interface PackData {
  overview: PlanOverview;
  commitments: PackCommitment[];
  /** The plan as a source: title, owner and year. */
  planSource: string;
  details: KpiDetail[];
  asOf: string;
  generatedAt: Date;
}

const locales: Record<Language, string> = { nl: "nl-BE", en: "en-GB" };

/** "2026-11-30" → "30 november 2026" / "30 November 2026". */
export function writtenDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${iso}T00:00:00Z`));
}

/** The moment the pack was made, written out with the time (Brussels). */
export function writtenMoment(moment: Date, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Brussels",
  }).format(moment);
}

/** The plan's pillars (or an agenda's domains): the top nodes, without the introduction. */
export const pillarsOf = (overview: PlanOverview): PackNode[] =>
  overview.nodes.filter((n) => n.parent === null && n.kind !== "introduction");

/** The top node a node sits under (itself when it is one). */
export function pillarOf(overview: PlanOverview, code: string | null): string | null {
  const byCode = new Map(overview.nodes.map((n) => [n.code, n]));
  let node = code ? byCode.get(code) : undefined;
  while (node?.parent) node = byCode.get(node.parent);
  return node?.code ?? null;
}
