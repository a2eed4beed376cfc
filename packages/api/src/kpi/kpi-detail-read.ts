import { Prisma, readPlain, type PlainValue } from "@boordtabel/db";
import type { Reader } from "../transaction.js";
import { TARGET_POINTS_JSON, type TargetPointJson } from "./target-paths.js";

// The KPI page's read of a KPI with everything around it, as one plain statement (readPlain): the
// page is read after every write, and Prisma's relation read of the same document cost the
// server about 0.8 ms of CPU per answer (docs/performance.md, change 23). PostgreSQL builds the
// relations as JSON; decimals come as float8 (the nearest double, as `Decimal.toNumber()` gives),
// instants as ISO text read back into dates, days as text. The orders are those of the Prisma
// read it replaces; `kpi-detail-read.test.ts` holds the two to the same answer.

/** An ISO instant as `Date.toISOString()` writes it (the columns hold milliseconds). */
const iso = (column: Prisma.Sql) => Prisma.sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

interface TargetPathJson {
  revision: number;
  baselinePeriod: string | null;
  baselineValue: number | null;
  baselineSource: string | null;
  interpolation: string;
  tolerance: number | null;
  justification: string;
  createdAt: string;
  supersededAt: string | null;
  points: TargetPointJson[];
}

interface SeriesJson {
  id: number;
  key: string;
  isHeadline: boolean;
  frequency: string;
  labelNl: string;
  labelEn: string;
  targetPaths: TargetPathJson[];
  status: { assessment: Prisma.JsonValue; forecast: Prisma.JsonValue } | null;
}

interface Organisation {
  code: string;
  nameNl: string;
  nameEn: string;
}

type Row = {
  id: number;
  code: string;
  name_nl: string;
  name_en: string;
  definition_nl: string | null;
  definition_en: string | null;
  kind: string;
  unit: string;
  unit_label: string | null;
  decimals: number;
  direction: string;
  frequency: string;
  reporting_interval: number;
  publication_lag_months: number | null;
  source_text: string | null;
  method_text: string | null;
  next_release: string | null;
  status_method: string;
  on_track_threshold: number;
  at_risk_threshold: number;
  qualitative_status: PlainValue;
  qualitative_targets: PlainValue;
  facts: PlainValue;
  data_source_note: string | null;
  plan_code: string;
  nodes: string[];
  source_organisation: PlainValue;
  stewards: PlainValue;
  series: PlainValue;
  benchmarks: PlainValue;
  annotations: PlainValue;
  review_notes: PlainValue;
};

/** The KPI with its plan, nodes, organisations, series (target path revisions, stored verdict),
 *  benchmarks, annotations and review notes; null when no KPI has the code. */
export async function readKpiForDetail(db: Reader, code: string) {
  const [row] = await readPlain<Row>(
    db,
    Prisma.sql`
      SELECT k.id, k.code, k.name_nl, k.name_en, k.definition_nl, k.definition_en, k.kind::text AS kind,
        k.unit::text AS unit, k.unit_label, k.decimals, k.direction::text AS direction,
        k.frequency::text AS frequency, k.reporting_interval, k.publication_lag_months, k.source_text,
        k.method_text, to_char(k.next_release, 'YYYY-MM-DD') AS next_release,
        k.status_method::text AS status_method, k.on_track_threshold::float8 AS on_track_threshold,
        k.at_risk_threshold::float8 AS at_risk_threshold, k.qualitative_status, k.qualitative_targets,
        k.facts, k.data_source_note, p.code AS plan_code,
        ARRAY(SELECT n.code FROM kpi_node kn JOIN plan_node n ON n.id = kn.node_id
              WHERE kn.kpi_id = k.id ORDER BY kn.node_id) AS nodes,
        (SELECT json_build_object('code', o.code, 'nameNl', o.name_nl, 'nameEn', o.name_en)
           FROM organisation o WHERE o.id = k.source_organisation_id) AS source_organisation,
        (SELECT COALESCE(json_agg(CASE WHEN o.id IS NULL THEN NULL
                   ELSE json_build_object('code', o.code, 'nameNl', o.name_nl, 'nameEn', o.name_en) END
                   ORDER BY st.id), '[]')
           FROM kpi_steward st LEFT JOIN organisation o ON o.id = st.organisation_id
           WHERE st.kpi_id = k.id) AS stewards,
        (SELECT COALESCE(json_agg(json_build_object(
                   'id', s.id, 'key', s.key, 'isHeadline', s.is_headline, 'frequency', s.frequency,
                   'labelNl', s.label_nl, 'labelEn', s.label_en,
                   'targetPaths', (SELECT COALESCE(json_agg(json_build_object(
                        'revision', tp.revision, 'baselinePeriod', tp.baseline_period,
                        'baselineValue', tp.baseline_value::float8, 'baselineSource', tp.baseline_source,
                        'interpolation', tp.interpolation, 'tolerance', tp.tolerance::float8,
                        'justification', tp.justification, 'createdAt', ${iso(Prisma.sql`tp.created_at`)},
                        'supersededAt', ${iso(Prisma.sql`tp.superseded_at`)},
                        'points', ${TARGET_POINTS_JSON})
                        ORDER BY tp.revision), '[]')
                      FROM target_path tp WHERE tp.series_id = s.id),
                   'status', (SELECT json_build_object('assessment', ss.assessment, 'forecast', ss.forecast)
                      FROM series_status ss WHERE ss.series_id = s.id))
                   ORDER BY s.id), '[]')
           FROM series s WHERE s.kpi_id = k.id) AS series,
        (SELECT COALESCE(json_agg(json_build_object(
                   'entityCode', b.entity_code, 'entityNl', b.entity_nl, 'entityEn', b.entity_en,
                   'period', b.period, 'value', b.value::float8, 'sourceLabel', b.source_label,
                   'sourceUrl', b.source_url, 'note', b.note, 'seriesId', b.series_id) ORDER BY b.id), '[]')
           FROM benchmark b WHERE b.kpi_id = k.id) AS benchmarks,
        (SELECT COALESCE(json_agg(json_build_object(
                   'date', to_char(a.date, 'YYYY-MM-DD'), 'kind', a.kind, 'titleNl', a.title_nl,
                   'titleEn', a.title_en, 'sourceUrl', a.source_url) ORDER BY a.date, a.id), '[]')
           FROM annotation a WHERE a.kpi_id = k.id) AS annotations,
        (SELECT COALESCE(json_agg(json_build_object(
                   'id', r.id, 'kind', r.kind, 'state', r.state, 'body', r.body, 'period', r.period,
                   'createdAt', ${iso(Prisma.sql`r.created_at`)}, 'resolution', r.resolution,
                   'author', u.name, 'series', rs.key) ORDER BY r.created_at DESC, r.id DESC), '[]')
           FROM review_note r JOIN "user" u ON u.id = r.author_id LEFT JOIN series rs ON rs.id = r.series_id
           WHERE r.kpi_id = k.id) AS review_notes
      FROM kpi k JOIN plan p ON p.id = k.plan_id
      WHERE k.code = ${code}`,
  );
  if (!row) return null;
  const date = (text: string | null) => (text === null ? null : new Date(text));
  return {
    id: row.id,
    code: row.code,
    nameNl: row.name_nl,
    nameEn: row.name_en,
    definitionNl: row.definition_nl,
    definitionEn: row.definition_en,
    kind: row.kind,
    unit: row.unit,
    unitLabel: row.unit_label,
    decimals: row.decimals,
    direction: row.direction,
    frequency: row.frequency,
    reportingInterval: row.reporting_interval,
    publicationLagMonths: row.publication_lag_months,
    sourceText: row.source_text,
    methodText: row.method_text,
    /** The day (YYYY-MM-DD), or null. */
    nextRelease: row.next_release,
    statusMethod: row.status_method,
    onTrackThreshold: row.on_track_threshold,
    atRiskThreshold: row.at_risk_threshold,
    qualitativeStatus: row.qualitative_status,
    qualitativeTargets: row.qualitative_targets,
    facts: row.facts,
    dataSourceNote: row.data_source_note,
    planCode: row.plan_code,
    nodeCodes: row.nodes,
    sourceOrganisation: row.source_organisation as unknown as Organisation | null,
    /** One entry per steward row: null for a steward that is a person, not an organisation. */
    stewards: row.stewards as unknown as (Organisation | null)[],
    series: (row.series as unknown as SeriesJson[]).map((s) => ({
      ...s,
      targetPaths: s.targetPaths.map((p) => ({
        ...p,
        createdAt: new Date(p.createdAt),
        supersededAt: date(p.supersededAt),
      })),
    })),
    benchmarks: row.benchmarks as unknown as {
      entityCode: string;
      entityNl: string;
      entityEn: string;
      period: string | null;
      value: number;
      sourceLabel: string;
      sourceUrl: string | null;
      note: string | null;
      seriesId: number | null;
    }[],
    annotations: row.annotations as unknown as {
      /** The day (YYYY-MM-DD). */
      date: string;
      kind: string;
      titleNl: string;
      titleEn: string;
      sourceUrl: string | null;
    }[],
    reviewNotes: row.review_notes as unknown as {
      id: number;
      kind: string;
      state: string;
      body: string;
      period: string | null;
      /** ISO instant. */
      createdAt: string;
      resolution: string | null;
      author: string;
      series: string | null;
    }[],
  };
}

export type KpiForDetail = NonNullable<Awaited<ReturnType<typeof readKpiForDetail>>>;
