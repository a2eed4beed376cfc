import type { TestDatabase } from "@boordtabel/db/testing";

/** Adds `count` yearly KPIs (codes KPI-X1 …), each with a headline total series, to a plan: the
 *  growth that query-count tests measure a read against. */
export async function addYearlyKpis(database: TestDatabase, plan: string, count: number): Promise<void> {
  await database.sql(`
    INSERT INTO kpi (plan_id, code, name_nl, name_en, unit, direction, updated_at)
    SELECT p.id, 'KPI-X' || g, 'Extra ' || g, 'Extra ' || g, 'PERCENT', 'HIGHER_IS_BETTER', now()
      FROM plan p, generate_series(1, ${Number(count)}) g WHERE p.code = '${plan.replace(/'/g, "''")}'`);
  await database.sql(`
    INSERT INTO series (kpi_id, key, is_total, is_headline, frequency, label_nl, label_en)
    SELECT id, 'total', true, true, 'YEAR', 'Totaal', 'Total' FROM kpi WHERE code LIKE 'KPI-X%'`);
}

/** Adds a monthly KPI `code` to a plan with `months` published values from January 1990 (a slow
 *  trend with a seasonal wave, labelled synthetic), the last one provisional, and a target path
 *  (baseline January 2015, targets 2025 and 2030): a history longer than the chart is sent whole. */
export async function addMonthlyKpi(database: TestDatabase, plan: string, code: string, months: number): Promise<void> {
  const label = "Synthetische testreeks — geen echte cijfers";
  const kpi = code.replace(/'/g, "''");
  await database.sql(`
    INSERT INTO kpi (plan_id, code, name_nl, name_en, unit, decimals, direction, frequency, status_method,
                     source_text, updated_at)
    SELECT p.id, '${kpi}', 'Maandreeks ${kpi}', 'Monthly series ${kpi}', 'PERCENT', 1, 'HIGHER_IS_BETTER', 'MONTH',
           'TRAJECTORY', '${label}', now()
      FROM plan p WHERE p.code = '${plan.replace(/'/g, "''")}'`);
  await database.sql(`
    INSERT INTO series (kpi_id, key, is_total, is_headline, frequency, label_nl, label_en)
    SELECT id, 'total', true, true, 'MONTH', 'Totaal', 'Total' FROM kpi WHERE code = '${kpi}'`);
  await database.sql(`
    INSERT INTO measurement (series_id, period, period_start, period_end, current_version)
    SELECT s.id, to_char(d, 'YYYY-MM'), d::date, (d + interval '1 month - 1 day')::date, 1
      FROM series s JOIN kpi k ON k.id = s.kpi_id AND k.code = '${kpi}',
           generate_series(0, ${Number(months)} - 1) m,
           LATERAL (SELECT make_date(1990, 1, 1) + make_interval(months => m) AS d) x`);
  await database.sql(`
    INSERT INTO measurement_version (measurement_id, version, value, status, workflow, source_label,
                                     recorded_at, submitted_at, validated_at)
    SELECT m.id, 1, round((50 + (extract(epoch FROM m.period_start) / 31557600 - 25) * 0.15
                  + 2 * sin(extract(month FROM m.period_start)::int))::numeric, 1),
           CASE WHEN m.period_start = (SELECT max(period_start) FROM measurement WHERE series_id = m.series_id)
                THEN 'PROVISIONAL'::"MeasurementStatus" ELSE 'FINAL'::"MeasurementStatus" END,
           'VALIDATED', '${label}', '2025-06-01', '2025-06-01', '2025-06-01'
      FROM measurement m JOIN series s ON s.id = m.series_id JOIN kpi k ON k.id = s.kpi_id AND k.code = '${kpi}'`);
  await database.sql(`
    UPDATE measurement m SET published_version_id = v.id
      FROM measurement_version v, series s, kpi k
     WHERE v.measurement_id = m.id AND s.id = m.series_id AND k.id = s.kpi_id AND k.code = '${kpi}'`);
  await database.sql(`
    INSERT INTO target_path (series_id, revision, baseline_period, baseline_value, baseline_source, justification)
    SELECT s.id, 1, '2015-01', 53, '${label}', 'Synthetisch doelpad'
      FROM series s JOIN kpi k ON k.id = s.kpi_id AND k.code = '${kpi}'`);
  await database.sql(`
    INSERT INTO target_point (target_path_id, period, period_end, value, source_label)
    SELECT tp.id, y::text, make_date(y, 12, 31), CASE WHEN y = 2025 THEN 56 ELSE 58 END, '${label}'
      FROM target_path tp JOIN series s ON s.id = tp.series_id JOIN kpi k ON k.id = s.kpi_id AND k.code = '${kpi}',
           unnest(ARRAY[2025, 2030]) y`);
  await database.sql(`
    UPDATE series s SET current_target_path_id = tp.id FROM target_path tp, kpi k
     WHERE tp.series_id = s.id AND k.id = s.kpi_id AND k.code = '${kpi}'`);
}
