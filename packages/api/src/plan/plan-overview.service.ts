import {
  DomainError,
  findContradictions,
  rollUpCommitments,
  rollUpStatuses,
  type Assessment,
  type Status,
} from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import { bilingual } from "../dto.js";
import { subtreeIds } from "./plan-tree.js";
import { loadOverviewRows } from "./plan-overview-rows.js";
import { loadObservations } from "../kpi/observations.js";
import { loadTargetPaths } from "../kpi/target-paths.js";
import { loadStoredVerdicts, verdictOf } from "../kpi/stored-verdicts.js";
import { loadHistoricVerdicts } from "../kpi/status-history.js";

/** The plan at a glance, as known today or at `asOf`: per node the status of its KPIs and the
 *  state of its commitments (including everything beneath it), the headline KPIs, and where
 *  commitments and KPIs contradict each other. A fixed number of queries. */
export async function getPlanOverview(db: Db, input: { code: string; asOf?: string; today?: string }) {
  const asOf = input.asOf ? new Date(`${input.asOf}T23:59:59.999Z`) : undefined;
  const today = input.asOf ?? input.today ?? new Date().toISOString().slice(0, 10);
  // Today's view reads the stored verdicts, a date in the past the stored status history, with
  // the target paths in force — all named by the plan, so in the same round trip as its KPIs.
  const headlines = { headlinesOfPlan: input.code };
  const [rows, stored, paths] = await Promise.all([
    loadOverviewRows(db, input.code),
    input.asOf ? loadHistoricVerdicts(db, headlines, input.asOf) : loadStoredVerdicts(db, headlines, today),
    loadTargetPaths(db, headlines, asOf),
  ]);
  if (!rows) throw new DomainError("NOT_FOUND", "plan.notFound", { code: input.code });
  const { plan, kpis, commitments } = rows;
  // A series without a verdict (not computed yet, or a day past its history) is computed from
  // the values as they were published then.
  const missing = kpis.flatMap((k) => (k.headline && !stored.has(k.headline.id) ? [k.headline.id] : []));
  const observations = await loadObservations(db, missing, asOf);

  const assessed = kpis.map((k) => {
    const headlineSeries = k.headline;
    const seriesId = headlineSeries?.id;
    const path = seriesId === undefined ? undefined : paths.get(seriesId);
    const known = seriesId === undefined ? undefined : stored.get(seriesId);
    if (known) return { kpi: k, path, ...known };
    const values = seriesId === undefined ? [] : (observations.get(seriesId) ?? []);
    return { kpi: k, path, ...verdictOf(k, values, path, { today, frequency: headlineSeries?.frequency }) };
  });
  const statusOf = new Map<string, Assessment>(assessed.map((a) => [a.kpi.code, a.assessment]));

  // Each node rolls up what is filed under it and under its descendants.
  const commitmentInputs = commitments.map((c) => ({
    code: c.code,
    nodeId: c.nodeId,
    status: c.status,
    deadline: c.deadline,
  }));

  const nodes = plan.nodes.map((n) => {
    const ids = new Set(subtreeIds(plan.nodes, n.id));
    const nodeKpis = assessed.filter((a) => a.kpi.nodeIds.some((id) => ids.has(id)));
    return {
      code: n.code,
      parent: plan.nodes.find((p) => p.id === n.parentId)?.code ?? null,
      kind: n.kind.toLowerCase(),
      number: n.number,
      title: bilingual(n.titleNl, n.titleEn),
      kpis: rollUp(nodeKpis),
      commitments: rollUpCommitments(
        commitmentInputs.filter((c) => ids.has(c.nodeId)),
        today,
      ),
    };
  });

  const homeOf = homeNodes(plan.nodes);
  const kpiRows = assessed.map(({ kpi, latest, sparkline, path, assessment }) => ({
    code: kpi.code,
    name: bilingual(kpi.nameNl, kpi.nameEn),
    node: homeOf(kpi.nodeIds),
    unit: kpi.unit.toLowerCase(),
    decimals: kpi.decimals,
    isHeadline: kpi.isHeadline,
    latest,
    // The final official target: an indicative point is never the plan's goal.
    target: path?.targets.filter((t) => (t.kind as string) !== "indicative").at(-1) ?? null,
    status: assessment.status,
    summary: assessment.summary,
    stale: assessment.stale,
    expectedLatestPeriod: assessment.expectedLatestPeriod,
    sparkline,
  }));
  const headline = kpiRows.filter((k) => k.isHeadline);

  const kpiStatus = new Map<string, Status>([...statusOf].map(([code, a]) => [code, a.status]));
  const links = commitments.flatMap((c) => c.kpiCodes.map((kpi) => ({ commitment: c.code, kpi })));

  return {
    code: plan.code,
    title: bilingual(plan.titleNl, plan.titleEn),
    shortTitle: bilingual(plan.shortTitleNl ?? plan.titleNl, plan.shortTitleEn ?? plan.titleEn),
    asOf: input.asOf ?? null,
    plan: {
      kpis: rollUp(assessed),
      commitments: rollUpCommitments(commitmentInputs, today),
    },
    nodes,
    headline,
    kpis: kpiRows,
    kpiStatuses: assessed.map((a) => ({
      code: a.kpi.code,
      status: a.assessment.status,
      summary: a.assessment.summary,
    })),
    contradictions: findContradictions(commitmentInputs, kpiStatus, links, today),
  };
}

/** A roll-up of statuses, with its coverage (how many KPIs carry a progress verdict). */
const rollUp = (items: { assessment: Assessment }[]) =>
  rollUpStatuses(items.map((a) => ({ status: a.assessment.status, score: a.assessment.score })));

/** Where a KPI is listed once on the plan page: its deepest linked node (the first in document
 *  order on a tie), lifted to the theme or pillar above it. */
function homeNodes(nodes: { id: number; parentId: number | null; code: string; kind: string }[]) {
  const byId = new Map(nodes.map((n, i) => [n.id, { ...n, order: i }]));
  const depth = (id: number): number => {
    const parent = byId.get(id)?.parentId;
    return parent == null ? 0 : 1 + depth(parent);
  };
  return (nodeIds: number[]): string | null => {
    const linked = nodeIds.filter((id) => byId.has(id));
    if (linked.length === 0) return null;
    let home = linked.reduce((a, b) => {
      const [da, db] = [depth(a), depth(b)];
      return db > da || (db === da && byId.get(b)!.order < byId.get(a)!.order) ? b : a;
    });
    while (depth(home) > 1) home = byId.get(home)!.parentId!;
    return byId.get(home)!.code;
  };
}

export type PlanOverview = Awaited<ReturnType<typeof getPlanOverview>>;
