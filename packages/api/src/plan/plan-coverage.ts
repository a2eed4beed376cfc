import { rollUpStatuses, type Status } from "@boordtabel/domain";
import type { PlanNodeDto } from "./plan-tree.js";

export interface Coverage {
  /** KPIs whose headline series has a progress verdict (ACHIEVED … NOT_ACHIEVED). */
  assessed: number;
  total: number;
}

export type CoveredNode = Omit<PlanNodeDto, "children"> & { coverage: Coverage; children: CoveredNode[] };

/** On how many of these KPIs a roll-up rests (SPEC §2: "1 van 25 indicatoren beoordeeld"); a
 *  KPI without a headline series counts as NO_DATA. */
export function coverageOf(kpiCodes: string[], statusOf: Map<string, Status>): Coverage {
  return rollUpStatuses(kpiCodes.map((code) => ({ status: statusOf.get(code) ?? "NO_DATA" }))).coverage;
}

/** Each node's coverage over the KPIs linked to it or to any node beneath it, each counted once. */
export function withCoverage(nodes: PlanNodeDto[], statusOf: Map<string, Status>): CoveredNode[] {
  const walk = (node: PlanNodeDto): { dto: CoveredNode; codes: Set<string> } => {
    const children = node.children.map(walk);
    const codes = new Set([...node.kpis, ...children.flatMap((c) => [...c.codes])]);
    return {
      dto: { ...node, coverage: coverageOf([...codes], statusOf), children: children.map((c) => c.dto) },
      codes,
    };
  };
  return nodes.map((node) => walk(node).dto);
}
