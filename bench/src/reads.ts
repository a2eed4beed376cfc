import type pg from "pg";
import { baselines } from "./baseline.js";
import { closedLoop, type LoadOptions } from "./load.js";

export interface ReadCase {
  name: string;
  /** The HTTP path of request number i (requests rotate over plans or KPIs). */
  path: (i: number) => string;
  baseline: (client: pg.ClientBase, i: number) => Promise<void>;
}

const trpc = (procedure: string, input: unknown) =>
  `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;

export const AS_OF = "2025-05-31";

/** The four reads of the issue, rotating over the dataset's plans and headline KPIs. */
export function readCases(plans: string[], kpis: string[]): ReadCase[] {
  const plan = (i: number) => plans[i % plans.length]!;
  const kpi = (i: number) => kpis[i % kpis.length]!;
  return [
    {
      name: "plan overview",
      path: (i) => trpc("plan.overview", { code: plan(i) }),
      baseline: (c, i) => baselines.planOverview(c, plan(i)),
    },
    {
      name: "KPI detail with forecast",
      path: (i) => trpc("kpi.detail", { code: kpi(i) }),
      baseline: (c, i) => baselines.kpiDetail(c, kpi(i)),
    },
    {
      name: "observations JSON export",
      path: (i) => `/api/v1/kpis/${kpi(i)}/observations.json`,
      baseline: (c, i) => baselines.observationsExport(c, kpi(i)),
    },
    {
      name: "as-of plan overview",
      path: (i) => trpc("plan.overview", { code: plan(i), asOf: AS_OF }),
      baseline: (c, i) => baselines.planOverviewAsOf(c, plan(i), AS_OF),
    },
  ];
}

export interface ReadResult {
  name: string;
  concurrency: number;
  p50_ms: number;
  p95_ms: number;
  rps: number;
  baseline_p50_ms: number;
  baseline_p95_ms: number;
  ratio_p95: number;
}

/** One read at one concurrency: over HTTP against the server, then its SQL baseline through a
 *  pool of as many connections as there are workers. Any non-200 answer stops the run. */
export async function measureRead(
  baseUrl: string,
  pool: pg.Pool,
  read: ReadCase,
  options: LoadOptions,
): Promise<ReadResult> {
  const api = await closedLoop(async (i) => {
    const response = await fetch(baseUrl + read.path(i));
    const body = await response.arrayBuffer();
    if (response.status !== 200) {
      throw new Error(`${read.name}: HTTP ${response.status} ${Buffer.from(body).toString().slice(0, 300)}`);
    }
  }, options);
  const sql = await closedLoop(async (i) => {
    const client = await pool.connect();
    try {
      await read.baseline(client, i);
    } finally {
      client.release();
    }
  }, options);
  return {
    name: read.name,
    concurrency: options.concurrency,
    p50_ms: api.p50_ms,
    p95_ms: api.p95_ms,
    rps: api.rps,
    baseline_p50_ms: sql.p50_ms,
    baseline_p95_ms: sql.p95_ms,
    ratio_p95: Math.round((api.p95_ms / sql.p95_ms) * 100) / 100,
  };
}
