import type pg from "pg";

/** The shape of the synthetic dataset. Scale 1 is the default the issue asks for: 20 plans,
 *  500 KPIs with 4 series each, monthly values over 30 years (720 000 measurements), a third of
 *  them revised once, 2 000 commitments. `scale` multiplies the number of plans. */
export interface DatasetShape {
  plans: number;
  kpisPerPlan: number;
  seriesPerKpi: number;
  months: number;
  commitmentsPerPlan: number;
  headlinePerPlan: number;
}

export function shapeFor(scale: number): DatasetShape {
  if (scale >= 1) {
    return {
      plans: Math.round(20 * scale),
      kpisPerPlan: 25,
      seriesPerKpi: 4,
      months: 360,
      commitmentsPerPlan: 100,
      headlinePerPlan: 6,
    };
  }
  // A small dataset for the smoke run in the test suite: the same shape, fewer of everything.
  return { plans: 2, kpisPerPlan: 4, seriesPerKpi: 2, months: 36, commitmentsPerPlan: 5, headlinePerPlan: 2 };
}

export const SYNTHETIC_LABEL = "Synthetische benchmarkgegevens — geen echte cijfers";
/** The 30 years end in 2019, so the import's new months (2020 on) lie before today: a period
 *  that has not started is refused. */
export const FIRST_YEAR = 1990;

/** Builds the dataset with set-based SQL (generate_series), so a million rows take seconds.
 *  Every plan, KPI and value says it is synthetic; the database holds nothing else. */
export async function buildDataset(client: pg.ClientBase, shape: DatasetShape): Promise<Record<string, number>> {
  const { plans: P, kpisPerPlan: K, seriesPerKpi: S, months: M, commitmentsPerPlan: C, headlinePerPlan: H } = shape;
  const params = { P, K, S, M, C, H };
  const sql = (text: string) =>
    client.query(text.replace(/:([PKSMCH])\b/g, (_, k: keyof typeof params) => String(params[k])));
  await client.query("BEGIN");
  await sql(`
    INSERT INTO plan (code, title_nl, title_en, kind, description_nl, description_en, sort_order, updated_at)
    SELECT 'SYN' || lpad(p::text, 4, '0'), 'Synthetisch plan ' || p, 'Synthetic plan ' || p, 'synthetic',
           '${SYNTHETIC_LABEL}', 'Synthetic benchmark data — not real figures', p, now()
    FROM generate_series(1, :P) p`);
  // Four pillars with three themes each.
  await sql(`
    INSERT INTO plan_node (plan_id, code, kind, level, number, title_nl, title_en, sort_order)
    SELECT pl.id, pl.code || '-P' || g, 'PILLAR', 0, g::text, 'Pijler ' || g, 'Pillar ' || g, g * 10
    FROM plan pl, generate_series(1, 4) g`);
  await sql(`
    INSERT INTO plan_node (plan_id, parent_id, code, kind, level, number, title_nl, title_en, sort_order)
    SELECT n.plan_id, n.id, n.code || '.' || t, 'THEME', 1, n.number || '.' || t, 'Thema ' || n.number || '.' || t,
           'Theme ' || n.number || '.' || t, n.sort_order + t
    FROM plan_node n, generate_series(1, 3) t WHERE n.kind = 'PILLAR'`);
  await sql(`
    INSERT INTO kpi (plan_id, code, name_nl, name_en, unit, decimals, direction, frequency, status_method,
                     is_headline, source_text, sort_order, updated_at)
    SELECT pl.id, 'KPI-' || pl.code || '-' || lpad(k::text, 3, '0'), 'Synthetische indicator ' || k,
           'Synthetic indicator ' || k, 'PERCENT', 1,
           CASE WHEN k % 5 = 0 THEN 'LOWER_IS_BETTER'::"Direction" ELSE 'HIGHER_IS_BETTER'::"Direction" END,
           'MONTH', 'TRAJECTORY', k <= :H, '${SYNTHETIC_LABEL}', k, now()
    FROM plan pl, generate_series(1, :K) k`);
  await sql(`
    INSERT INTO kpi_node (kpi_id, node_id)
    SELECT k.id, n.id FROM kpi k
    JOIN plan_node n ON n.plan_id = k.plan_id AND n.kind = 'THEME' AND n.sort_order % 12 = k.sort_order % 12`);
  await sql(`
    INSERT INTO series (kpi_id, key, is_total, is_headline, frequency, label_nl, label_en)
    SELECT k.id, CASE WHEN s = 1 THEN 'total' ELSE 'group-' || s END, s = 1, s = 1, k.frequency,
           CASE WHEN s = 1 THEN 'Totaal' ELSE 'Groep ' || s END, CASE WHEN s = 1 THEN 'Total' ELSE 'Group ' || s END
    FROM kpi k, generate_series(1, :S) s`);
  // Monthly values from January of FIRST_YEAR: a slow trend with a seasonal wave, per series its own level.
  await sql(`
    INSERT INTO measurement (series_id, period, period_start, period_end, current_version)
    SELECT s.id, to_char(d, 'YYYY-MM'), d::date, (d + interval '1 month - 1 day')::date,
           CASE WHEN (s.id + m) % 3 = 0 THEN 2 ELSE 1 END
    FROM series s, generate_series(0, :M - 1) m, LATERAL (SELECT make_date(${FIRST_YEAR}, 1, 1) + make_interval(months => m) AS d) x`);
  const at = "timestamptz '2025-06-01 00:00:00+00'";
  await sql(`
    INSERT INTO measurement_version (measurement_id, version, value, status, workflow, source_label,
                                     recorded_at, submitted_at, validated_at, reason)
    SELECT m.id, v, round((50 + (m.series_id % 20) + (extract(epoch FROM m.period_start) / 31557600 - 25) * 0.15
                  + 2 * sin(extract(month FROM m.period_start)::int) + (v - 1) * 0.1)::numeric, 1),
           'FINAL', 'VALIDATED', '${SYNTHETIC_LABEL}',
           ${at} - make_interval(days => 10 - v), ${at} - make_interval(days => 10 - v), ${at} - make_interval(days => 10 - v),
           CASE WHEN v = 2 THEN 'Synthetische herziening' END
    FROM measurement m, generate_series(1, m.current_version) v`);
  // Statistics first: without them the planner joins millions of fresh rows as if they were a
  // few, and at scale 10 this update ran for more than a quarter of an hour.
  await client.query("ANALYZE measurement, measurement_version");
  await sql(`
    UPDATE measurement m SET published_version_id = v.id
    FROM measurement_version v WHERE v.measurement_id = m.id AND v.version = m.current_version`);
  // A target path on every total series: from the 2015 average to +5 points in 2030.
  await sql(`
    INSERT INTO target_path (series_id, revision, baseline_period, baseline_value, baseline_source, justification)
    SELECT s.id, 1, '2015-01', 50 + (s.id % 20) + 20 * 0.15, '${SYNTHETIC_LABEL}', 'Synthetisch doelpad'
    FROM series s WHERE s.is_total`);
  await sql(`
    INSERT INTO target_point (target_path_id, period, period_end, value, source_label)
    SELECT tp.id, y::text, make_date(y, 12, 31), tp.baseline_value + CASE WHEN y = 2025 THEN 3 ELSE 5 END, 'Synthetisch doel'
    FROM target_path tp, unnest(ARRAY[2025, 2030]) y`);
  await sql(`UPDATE series s SET current_target_path_id = tp.id FROM target_path tp WHERE tp.series_id = s.id`);
  await sql(`
    INSERT INTO commitment (plan_id, node_id, code, title_nl, title_en, kind, status, deadline, sort_order, updated_at)
    SELECT n.plan_id, n.id, pl.code || '-C' || lpad(c::text, 4, '0'), 'Synthetisch engagement ' || c,
           'Synthetic commitment ' || c, 'ENGAGEMENT',
           (ARRAY['NOT_STARTED','IN_PROGRESS','DONE','DELAYED']::"CommitmentStatus"[])[1 + c % 4],
           make_date(2020 + c % 10, 1 + c % 12, 1), c, now()
    FROM plan pl, generate_series(1, :C) c
    JOIN LATERAL (SELECT id, plan_id FROM plan_node WHERE plan_id = pl.id AND kind = 'THEME'
                  ORDER BY sort_order OFFSET (c % 12) LIMIT 1) n ON true`);
  await sql(`
    INSERT INTO commitment_kpi (commitment_id, kpi_id)
    SELECT c.id, k.id FROM commitment c JOIN kpi k ON k.plan_id = c.plan_id AND k.sort_order = 1 + c.sort_order % :K`);
  await client.query("COMMIT");
  await client.query("ANALYZE");
  const counts = await client.query<Record<string, string>>(`
    SELECT (SELECT count(*) FROM plan) AS plans, (SELECT count(*) FROM kpi) AS kpis,
           (SELECT count(*) FROM series) AS series, (SELECT count(*) FROM measurement) AS measurements,
           (SELECT count(*) FROM measurement_version) AS versions, (SELECT count(*) FROM commitment) AS commitments`);
  return Object.fromEntries(Object.entries(counts.rows[0]!).map(([k, v]) => [k, Number(v)]));
}
