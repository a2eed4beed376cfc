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
