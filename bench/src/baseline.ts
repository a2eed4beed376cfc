import { statementNamer } from "@boordtabel/db";
import type pg from "pg";

/** The physical floor of each read: the minimal hand-written SQL that reads the rows the API
 *  needs for the same response, through `pg`, without any mapping. */

const PLAN_NODES = `
  SELECT n.id, n.parent_id, n.code, n.kind, n.number, n.title_nl, n.title_en
  FROM plan p JOIN plan_node n ON n.plan_id = p.id WHERE p.code = $1 ORDER BY n.sort_order`;

const PLAN_KPIS = `
  SELECT k.id, k.code, k.name_nl, k.name_en, k.unit, k.decimals, k.direction, k.frequency, k.status_method,
         k.on_track_threshold, k.at_risk_threshold, k.is_headline, s.id AS series_id,
         ARRAY(SELECT kn.node_id FROM kpi_node kn WHERE kn.kpi_id = k.id) AS nodes
  FROM plan p JOIN kpi k ON k.plan_id = p.id LEFT JOIN series s ON s.kpi_id = k.id AND s.is_total
  WHERE p.code = $1 AND k.archived_at IS NULL ORDER BY k.sort_order`;

const PLAN_COMMITMENTS = `
  SELECT c.code, c.node_id, c.status, c.deadline,
         ARRAY(SELECT ck.kpi_id FROM commitment_kpi ck WHERE ck.commitment_id = c.id) AS kpis
  FROM plan p JOIN commitment c ON c.plan_id = p.id WHERE p.code = $1`;

const PLAN_TARGETS = `
  SELECT s.id AS series_id, tp.baseline_period, tp.baseline_value, tp.interpolation, tp.tolerance,
         pt.period, pt.value, pt.kind, pt.source_label
  FROM plan p JOIN kpi k ON k.plan_id = p.id JOIN series s ON s.kpi_id = k.id AND s.is_total
  JOIN target_path tp ON tp.id = s.current_target_path_id JOIN target_point pt ON pt.target_path_id = tp.id
  WHERE p.code = $1 ORDER BY s.id, pt.period_end`;

/** Today's verdict per KPI, stored with its latest value and sparkline (the series_status rows
 *  the overview reads since statuses are kept up to date in the write transaction). */
const PLAN_STATUSES = `
  SELECT st.series_id, st.status, st.assessment, st.latest, st.sparkline
  FROM plan p JOIN kpi k ON k.plan_id = p.id JOIN series s ON s.kpi_id = k.id AND s.is_total
  JOIN series_status st ON st.series_id = s.id WHERE p.code = $1`;

/** The verdicts as known on a date: per KPI the status-history row holding that day (the
 *  series_status_history rows the as-of overview reads since the history is kept in the write
 *  transaction). Before that history the floor read every value validated by the date, per
 *  measurement its newest version (DISTINCT ON (m.id) … ORDER BY m.id, v.validated_at DESC). */
const PLAN_STATUSES_AS_OF = `
  SELECT DISTINCT ON (h.series_id) h.series_id, h.valid_until, h.status, h.assessment, h.latest, h.sparkline
  FROM plan p JOIN kpi k ON k.plan_id = p.id JOIN series s ON s.kpi_id = k.id AND s.is_total
  JOIN series_status_history h ON h.series_id = s.id
  WHERE p.code = $1 AND h.valid_from <= $2::date ORDER BY h.series_id, h.valid_from DESC`;

/** The target path in force on a date: per series the newest revision known by then. */
const PLAN_TARGETS_AS_OF = `
  SELECT DISTINCT ON (s.id) s.id AS series_id, tp.baseline_period, tp.baseline_value, tp.interpolation, tp.tolerance,
         (SELECT json_agg(pt ORDER BY pt.period_end) FROM target_point pt WHERE pt.target_path_id = tp.id) AS points
  FROM plan p JOIN kpi k ON k.plan_id = p.id JOIN series s ON s.kpi_id = k.id AND s.is_total
  JOIN target_path tp ON tp.series_id = s.id
  WHERE p.code = $1 AND COALESCE(tp.known_since, tp.created_at) <= $2 ORDER BY s.id, tp.revision DESC`;

const KPI_ROW = `
  SELECT k.*, o.code AS organisation FROM kpi k LEFT JOIN organisation o ON o.id = k.source_organisation_id
  WHERE k.code = $1`;
const KPI_SERIES_PATHS = `
  SELECT s.id, s.key, s.label_nl, s.label_en, tp.id AS path_id, tp.revision, tp.baseline_period, tp.baseline_value,
         tp.tolerance, tp.justification, tp.created_at, tp.superseded_at, pt.period, pt.value, pt.source_label
  FROM kpi k JOIN series s ON s.kpi_id = k.id LEFT JOIN target_path tp ON tp.series_id = s.id
  LEFT JOIN target_point pt ON pt.target_path_id = tp.id WHERE k.code = $1 ORDER BY s.id, tp.revision`;
const KPI_CONTEXT = `
  SELECT 'benchmark' AS kind, b.entity_code AS a, b.value::text AS b FROM kpi k JOIN benchmark b ON b.kpi_id = k.id WHERE k.code = $1
  UNION ALL SELECT 'annotation', a.date::text, a.title_nl FROM kpi k JOIN annotation a ON a.kpi_id = k.id WHERE k.code = $1
  UNION ALL SELECT 'note', r.kind::text, r.body FROM kpi k JOIN review_note r ON r.kpi_id = k.id WHERE k.code = $1`;
const KPI_VALUES = `
  SELECT m.period, v.value, v.status, v.source_label, v.source_url, v.break_in_series
  FROM kpi k JOIN series s ON s.kpi_id = k.id AND s.key = 'total' JOIN measurement m ON m.series_id = s.id
  JOIN measurement_version v ON v.id = m.published_version_id WHERE k.code = $1 AND NOT v.withdrawn
  ORDER BY m.period_end`;

/** Every published value of every series of the KPI: the open-data export. */
const KPI_EXPORT = `
  SELECT s.key, m.period, v.value, v.status, v.source_label, v.source_url, v.break_in_series
  FROM kpi k JOIN series s ON s.kpi_id = k.id JOIN measurement m ON m.series_id = s.id
  JOIN measurement_version v ON v.id = m.published_version_id WHERE k.code = $1 AND NOT v.withdrawn
  ORDER BY s.id, m.period_end`;

/** The floor is measured twice: with unnamed statements (what `pg` sends for a parameterised
 *  query, and what the issue measured), and with each statement prepared by name, as the server
 *  prepares its own since 2026-12-02 (packages/db, statement-names.ts): parsed once per
 *  connection, its plan kept where PostgreSQL sees fit. */
const nameOf = statementNamer();
function query(client: pg.ClientBase, text: string, values: unknown[], prepared: boolean) {
  const name = prepared ? nameOf(text) : undefined;
  return name === undefined ? client.query(text, values) : client.query({ name, text, values });
}

async function each(client: pg.ClientBase, statements: string[], params: unknown[], prepared: boolean) {
  for (const text of statements) await query(client, text, params, prepared);
}

export const baselines = {
  planOverview: (client: pg.ClientBase, plan: string, prepared = false) =>
    each(client, [PLAN_NODES, PLAN_KPIS, PLAN_COMMITMENTS, PLAN_TARGETS, PLAN_STATUSES], [plan], prepared),
  planOverviewAsOf: async (client: pg.ClientBase, plan: string, asOf: string, prepared = false) => {
    await each(client, [PLAN_NODES, PLAN_KPIS, PLAN_COMMITMENTS], [plan], prepared);
    await query(client, PLAN_TARGETS_AS_OF, [plan, `${asOf}T23:59:59.999Z`], prepared);
    await query(client, PLAN_STATUSES_AS_OF, [plan, asOf], prepared);
  },
  kpiDetail: (client: pg.ClientBase, kpi: string, prepared = false) =>
    each(client, [KPI_ROW, KPI_SERIES_PATHS, KPI_CONTEXT, KPI_VALUES], [kpi], prepared),
  observationsExport: (client: pg.ClientBase, kpi: string, prepared = false) =>
    each(client, [KPI_ROW, KPI_SERIES_PATHS, KPI_EXPORT], [kpi], prepared),
};
