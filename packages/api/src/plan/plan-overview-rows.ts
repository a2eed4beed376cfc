import type { CommitmentStatus } from "@boordtabel/domain";
import { Prisma, readPlain } from "@boordtabel/db";
import type { Reader } from "../transaction.js";
import type { KpiForAssessment } from "../kpi/engine-adapter.js";

// The rows the plan overview is made of, read with plain SQL: one statement each, no nested
// JSON. The overview is the board's first screen and is read after every write; Prisma's
// relation reads built a JSON object per row in PostgreSQL and unpacked it again in Node, which
// cost more than the rows themselves (docs/performance.md). The three statements name the plan
// by its code, so they run side by side.

export interface OverviewPlan {
  id: number;
  code: string;
  titleNl: string;
  titleEn: string;
  shortTitleNl: string | null;
  shortTitleEn: string | null;
  nodes: {
    id: number;
    parentId: number | null;
    code: string;
    kind: string;
    number: string | null;
    titleNl: string;
    titleEn: string;
  }[];
}

export interface OverviewKpi extends KpiForAssessment {
  code: string;
  nameNl: string;
  nameEn: string;
  isHeadline: boolean;
  nodeIds: number[];
  /** The KPI's headline series (the one its status is judged on), if it has one. */
  headline: { id: number; frequency: string } | null;
}

export interface OverviewCommitment {
  code: string;
  nodeId: number;
  status: CommitmentStatus;
  deadline: string | null;
  kpiCodes: string[];
}

export async function loadOverviewRows(db: Reader, code: string) {
  const [planRows, kpiRows, commitmentRows] = await Promise.all([
    readPlain<{
      id: number;
      code: string;
      title_nl: string;
      title_en: string;
      short_title_nl: string | null;
      short_title_en: string | null;
      node_id: number | null;
      parent_id: number | null;
      node_code: string | null;
      kind: string | null;
      number: string | null;
      node_title_nl: string | null;
      node_title_en: string | null;
    }>(
      db,
      Prisma.sql`
      SELECT p.id, p.code, p.title_nl, p.title_en, p.short_title_nl, p.short_title_en,
             n.id AS node_id, n.parent_id, n.code AS node_code, n.kind::text AS kind, n.number,
             n.title_nl AS node_title_nl, n.title_en AS node_title_en
      FROM plan p LEFT JOIN plan_node n ON n.plan_id = p.id
      WHERE p.code = ${code} ORDER BY n.sort_order, n.id`,
    ),
    readPlain<{
      code: string;
      name_nl: string;
      name_en: string;
      unit: string;
      decimals: number;
      direction: string;
      frequency: string;
      reporting_interval: number;
      publication_lag_months: number | null;
      status_method: string;
      on_track_threshold: number;
      at_risk_threshold: number;
      is_headline: boolean;
      node_ids: number[];
      series_id: number | null;
      series_frequency: string | null;
    }>(
      db,
      Prisma.sql`
      SELECT k.code, k.name_nl, k.name_en, k.unit::text AS unit, k.decimals, k.direction::text AS direction,
             k.frequency::text AS frequency, k.reporting_interval, k.publication_lag_months,
             k.status_method::text AS status_method, k.on_track_threshold::float8 AS on_track_threshold,
             k.at_risk_threshold::float8 AS at_risk_threshold, k.is_headline,
             ARRAY(SELECT kn.node_id FROM kpi_node kn WHERE kn.kpi_id = k.id ORDER BY kn.node_id) AS node_ids,
             s.id AS series_id, s.frequency::text AS series_frequency
      FROM plan p JOIN kpi k ON k.plan_id = p.id
      LEFT JOIN series s ON s.kpi_id = k.id AND s.is_headline
      WHERE p.code = ${code} AND k.archived_at IS NULL ORDER BY k.sort_order, k.id`,
    ),
    readPlain<{
      code: string;
      node_id: number;
      status: CommitmentStatus;
      deadline: string | null;
      kpi_codes: string[];
    }>(
      db,
      Prisma.sql`
      SELECT c.code, c.node_id, c.status::text AS status, to_char(c.deadline, 'YYYY-MM-DD') AS deadline,
             ARRAY(SELECT k.code FROM commitment_kpi ck JOIN kpi k ON k.id = ck.kpi_id
                   WHERE ck.commitment_id = c.id ORDER BY k.code) AS kpi_codes
      FROM plan p JOIN commitment c ON c.plan_id = p.id
      WHERE p.code = ${code} ORDER BY c.id`,
    ),
  ]);
  const first = planRows[0];
  if (!first) return null;
  const plan: OverviewPlan = {
    id: first.id,
    code: first.code,
    titleNl: first.title_nl,
    titleEn: first.title_en,
    shortTitleNl: first.short_title_nl,
    shortTitleEn: first.short_title_en,
    nodes: planRows.flatMap((r) =>
      r.node_id === null
        ? []
        : [
            {
              id: r.node_id,
              parentId: r.parent_id,
              code: r.node_code!,
              kind: r.kind!,
              number: r.number,
              titleNl: r.node_title_nl!,
              titleEn: r.node_title_en!,
            },
          ],
    ),
  };
  const kpis: OverviewKpi[] = kpiRows.map((k) => ({
    code: k.code,
    nameNl: k.name_nl,
    nameEn: k.name_en,
    unit: k.unit,
    decimals: k.decimals,
    direction: k.direction,
    frequency: k.frequency,
    reportingInterval: k.reporting_interval,
    publicationLagMonths: k.publication_lag_months,
    statusMethod: k.status_method,
    onTrackThreshold: k.on_track_threshold,
    atRiskThreshold: k.at_risk_threshold,
    isHeadline: k.is_headline,
    nodeIds: k.node_ids,
    headline: k.series_id === null ? null : { id: k.series_id, frequency: k.series_frequency! },
  }));
  const commitments: OverviewCommitment[] = commitmentRows.map((c) => ({
    code: c.code,
    nodeId: c.node_id,
    status: c.status,
    deadline: c.deadline,
    kpiCodes: c.kpi_codes,
  }));
  return { plan, kpis, commitments };
}
