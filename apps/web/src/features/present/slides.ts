import type { PlanOverview } from "@boordtabel/api";

export type Slide =
  | { kind: "plan" }
  | { kind: "pillar"; node: PlanOverview["nodes"][number] }
  | { kind: "kpi"; kpi: PlanOverview["headline"][number] };

/** The plan, each pillar, then each headline KPI. */
export function buildSlides(plan: PlanOverview): Slide[] {
  const pillars = plan.nodes.filter((n) => n.parent === null && n.kind !== "introduction");
  return [
    { kind: "plan" },
    ...pillars.map((node) => ({ kind: "pillar" as const, node })),
    ...plan.headline.map((kpi) => ({ kind: "kpi" as const, kpi })),
  ];
}
