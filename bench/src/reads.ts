import type pg from "pg";
import { baselines } from "./baseline.js";
import { httpGet } from "./http-get.js";
import { closedLoop, type LoadOptions } from "./load.js";

export interface ReadCase {
  name: string;
  /** How many different paths the rotation visits. */
  items: number;
  /** The HTTP path of request number i (requests rotate over plans or KPIs). */
  path: (i: number) => string;
  /** `prepared`: the same statements prepared by name (see baseline.ts). */
  baseline: (client: pg.ClientBase, i: number, prepared: boolean) => Promise<void>;
  /** For a read of one KPI: the KPI of request number i, whose values a write may change. */
  kpi?: (i: number) => string;
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
      items: plans.length,
      path: (i) => trpc("plan.overview", { code: plan(i) }),
      baseline: (c, i, prepared) => baselines.planOverview(c, plan(i), prepared),
    },
    {
      name: "KPI detail with forecast",
      items: kpis.length,
      path: (i) => trpc("kpi.detail", { code: kpi(i) }),
      kpi,
      baseline: (c, i, prepared) => baselines.kpiDetail(c, kpi(i), prepared),
    },
    {
      name: "observations JSON export",
      items: kpis.length,
      path: (i) => `/api/v1/kpis/${kpi(i)}/observations.json`,
      kpi,
      baseline: (c, i, prepared) => baselines.observationsExport(c, kpi(i), prepared),
    },
    {
      name: "as-of plan overview",
      items: plans.length,
      path: (i) => trpc("plan.overview", { code: plan(i), asOf: AS_OF }),
      baseline: (c, i, prepared) => baselines.planOverviewAsOf(c, plan(i), AS_OF, prepared),
    },
  ];
}

export interface ReadResult {
  name: string;
  concurrency: number;
  /** Cache hits: the data did not change between requests (a dashboard between two writes). */
  p50_ms: number;
  p95_ms: number;
  rps: number;
  /** First read after a write elsewhere: the data version moves (untimed) before every request. */
  after_write_p50_ms: number;
  after_write_p95_ms: number;
  /** First read after a write to the KPI's own values (reads of one KPI only). */
  after_own_write_p50_ms: number | null;
  after_own_write_p95_ms: number | null;
  /** The floor: the same bytes as files served by @fastify/static. */
  floor_p50_ms: number;
  floor_p95_ms: number;
  baseline_p50_ms: number;
  baseline_p95_ms: number;
  /** The same SQL with its statements prepared by name. */
  prepared_baseline_p50_ms: number;
  prepared_baseline_p95_ms: number;
  ratio_p95: number;
  ratio_after_write_p95: number;
  ratio_after_write_prepared_p95: number;
  ratio_after_own_write_p95: number | null;
}

/** A write as far as the read cache can tell: the data version moves, as in every write
 *  transaction. */
const BUMP = `UPDATE data_version SET version = version + 1 WHERE scope = 'all'`;

/** A write to a KPI's values as far as the caches can tell: every series of the KPI gets a new
 *  values revision (as a write to its measurements gives it), and the data version moves. */
const TOUCH_VALUES = `UPDATE series SET values_revision = gen_random_uuid()
  WHERE kpi_id = (SELECT id FROM kpi WHERE code = $1)`;

/** One read at one concurrency: over HTTP against the server, then its SQL baseline through a
 *  pool of as many connections as there are workers. Any non-200 answer stops the run. */
export async function measureRead(
  baseUrl: string,
  pool: pg.Pool,
  read: ReadCase,
  options: LoadOptions,
  floor: { url: string; paths: string[] },
): Promise<ReadResult> {
  const get = (url: string) => async () => {
    const response = await httpGet(url);
    if (response.status !== 200) {
      throw new Error(`${read.name}: HTTP ${response.status} ${response.body.toString().slice(0, 300)}`);
    }
  };
  // Fill the cache first: one request per rotating path, untimed (the warm-up is too short to
  // compute a hundred KPI details on a busy machine, so "hit" would measure misses).
  for (let i = 0; i < floor.paths.length; i++) await get(baseUrl + read.path(i))();
  const api = await closedLoop((i) => get(baseUrl + read.path(i))(), options);
  const afterWrite = await closedLoop(
    (i) => get(baseUrl + read.path(i))(),
    options,
    async () => void (await pool.query(BUMP)),
  );
  // The same after a write to the KPI's own values, which its kept values do not survive.
  const afterOwnWrite = read.kpi
    ? await closedLoop(
        (i) => get(baseUrl + read.path(i))(),
        options,
        async (i) => void (await pool.query(TOUCH_VALUES, [read.kpi!(i)])),
      )
    : null;
  const onFloor = await closedLoop((i) => get(floor.url + floor.paths[i % floor.paths.length])(), options);
  const sqlLoop = (prepared: boolean) =>
    closedLoop(async (i) => {
      const client = await pool.connect();
      try {
        await read.baseline(client, i, prepared);
      } finally {
        client.release();
      }
    }, options);
  const sql = await sqlLoop(false);
  const preparedSql = await sqlLoop(true);
  const ratio = (a: number, b = sql.p95_ms) => Math.round((a / b) * 100) / 100;
  return {
    name: read.name,
    concurrency: options.concurrency,
    p50_ms: api.p50_ms,
    p95_ms: api.p95_ms,
    rps: api.rps,
    after_write_p50_ms: afterWrite.p50_ms,
    after_write_p95_ms: afterWrite.p95_ms,
    after_own_write_p50_ms: afterOwnWrite?.p50_ms ?? null,
    after_own_write_p95_ms: afterOwnWrite?.p95_ms ?? null,
    floor_p50_ms: onFloor.p50_ms,
    floor_p95_ms: onFloor.p95_ms,
    baseline_p50_ms: sql.p50_ms,
    baseline_p95_ms: sql.p95_ms,
    prepared_baseline_p50_ms: preparedSql.p50_ms,
    prepared_baseline_p95_ms: preparedSql.p95_ms,
    ratio_p95: ratio(api.p95_ms),
    ratio_after_write_p95: ratio(afterWrite.p95_ms),
    ratio_after_write_prepared_p95: ratio(afterWrite.p95_ms, preparedSql.p95_ms),
    ratio_after_own_write_p95: afterOwnWrite ? ratio(afterOwnWrite.p95_ms) : null,
  };
}
