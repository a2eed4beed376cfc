import { Prisma, readPlain, type PlainValue } from "@boordtabel/db";
import type { Reader } from "../transaction.js";
import { fromTargetPathJson, isoInstant, TARGET_PATH_JSON, type TargetPathJson } from "./target-paths.js";

// The KPI page's read of a KPI with everything around it, as one plain statement (readPlain): the
// page is read after every write, and Prisma's relation read of the same document cost the
// server about 0.8 ms of CPU per answer (docs/performance.md, change 23). PostgreSQL builds the
// relations as JSON; decimals come as float8 (the nearest double, as `Decimal.toNumber()` gives),
// instants as ISO text read back into dates, days as text. The orders are those of the Prisma
// read it replaces; `kpi-detail-read.test.ts` holds the two to the same answer.

interface SeriesJson {
  id: number;
  key: string;
  isHeadline: boolean;
  frequency: string;
  labelNl: string;
  labelEn: string;
  /** The revision of the series' values (series-values.ts). */
  valuesRevision: string;
  targetPaths: TargetPathJson[];
  status: { assessment: Prisma.JsonValue; forecast: Prisma.JsonValue } | null;
}

/** Organisation `o` as JSON (`Organisation`). */
const ORGANISATION_JSON = Prisma.sql`json_build_object('code', o.code, 'nameNl', o.name_nl, 'nameEn', o.name_en)`;

interface Organisation {
  code: string;
  nameNl: string;
  nameEn: string;
}

type Row = {
  id: number;
  code: string;
  nameNl: string;
  nameEn: string;
  definitionNl: string | null;
  definitionEn: string | null;
  kind: string;
  unit: string;
  unitLabel: string | null;
  decimals: number;
  direction: string;
  frequency: string;
  reportingInterval: number;
  publicationLagMonths: number | null;
  sourceText: string | null;
  methodText: string | null;
  /** The day (YYYY-MM-DD), or null. */
  nextRelease: string | null;
  statusMethod: string;
  onTrackThreshold: number;
  atRiskThreshold: number;
  qualitativeStatus: PlainValue;
  qualitativeTargets: PlainValue;
  facts: PlainValue;
  dataSourceNote: string | null;
  planCode: string;
  nodeCodes: string[];
  sourceOrganisation: PlainValue;
  stewards: PlainValue;
  series: PlainValue;
  benchmarks: PlainValue;
  annotations: PlainValue;
  reviewNotes: PlainValue;
};

/** The KPI with its plan, nodes, organisations, series (target path revisions, stored verdict),
 *  benchmarks, annotations and review notes; null when no KPI has the code. */
export async function readKpiForDetail(db: Reader, code: string) {
  const [row] = await readPlain<Row>(
    db,
    Prisma.sql`
      SELECT k.id, k.code, k.name_nl AS "nameNl", k.name_en AS "nameEn", k.definition_nl AS "definitionNl",
        k.definition_en AS "definitionEn", k.kind::text AS kind, k.unit::text AS unit, k.unit_label AS "unitLabel",
        k.decimals, k.direction::text AS direction, k.frequency::text AS frequency,
        k.reporting_interval AS "reportingInterval", k.publication_lag_months AS "publicationLagMonths",
        k.source_text AS "sourceText", k.method_text AS "methodText",
        to_char(k.next_release, 'YYYY-MM-DD') AS "nextRelease", k.status_method::text AS "statusMethod",
        k.on_track_threshold::float8 AS "onTrackThreshold", k.at_risk_threshold::float8 AS "atRiskThreshold",
        k.qualitative_status AS "qualitativeStatus", k.qualitative_targets AS "qualitativeTargets", k.facts,
        k.data_source_note AS "dataSourceNote", p.code AS "planCode",
        ARRAY(SELECT n.code FROM kpi_node kn JOIN plan_node n ON n.id = kn.node_id
              WHERE kn.kpi_id = k.id ORDER BY kn.node_id) AS "nodeCodes",
        (SELECT ${ORGANISATION_JSON} FROM organisation o WHERE o.id = k.source_organisation_id) AS "sourceOrganisation",
        (SELECT COALESCE(json_agg(CASE WHEN o.id IS NULL THEN NULL ELSE ${ORGANISATION_JSON} END
                   ORDER BY st.id), '[]')
           FROM kpi_steward st LEFT JOIN organisation o ON o.id = st.organisation_id
           WHERE st.kpi_id = k.id) AS stewards,
        (SELECT COALESCE(json_agg(json_build_object(
                   'id', s.id, 'key', s.key, 'isHeadline', s.is_headline, 'frequency', s.frequency,
                   'labelNl', s.label_nl, 'labelEn', s.label_en, 'valuesRevision', s.values_revision,
                   'targetPaths', (SELECT COALESCE(json_agg(${TARGET_PATH_JSON} ORDER BY tp.revision), '[]')
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
                   'createdAt', ${isoInstant(Prisma.sql`r.created_at`)}, 'resolution', r.resolution,
                   'author', u.name, 'series', rs.key) ORDER BY r.created_at DESC, r.id DESC), '[]')
           FROM review_note r JOIN "user" u ON u.id = r.author_id LEFT JOIN series rs ON rs.id = r.series_id
           WHERE r.kpi_id = k.id) AS "reviewNotes"
      FROM kpi k JOIN plan p ON p.id = k.plan_id
      WHERE k.code = ${code}`,
  );
  if (!row) return null;
  return {
    ...row,
    sourceOrganisation: row.sourceOrganisation as unknown as Organisation | null,
    /** One entry per steward row: null for a steward that is a person, not an organisation. */
    stewards: row.stewards as unknown as (Organisation | null)[],
    series: (row.series as unknown as SeriesJson[]).map((s) => ({
      ...s,
      targetPaths: s.targetPaths.map(fromTargetPathJson),
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
    reviewNotes: row.reviewNotes as unknown as {
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
