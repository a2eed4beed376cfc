import { Prisma, type Db } from "@boordtabel/db";

export interface LatestValue {
  seriesId: number;
  period: string;
  value: number | null;
  status: "PROVISIONAL" | "FINAL" | "ESTIMATE";
  source: string | null;
  sourceUrl: string | null;
}

/** Newest published value per series in one query. A value of the KPI's own frequency wins
 *  over a more recent one of another (an annual KPI shows its latest year, not a quarter). */
export async function latestPublishedValues(db: Db, seriesIds: number[]): Promise<Map<number, LatestValue>> {
  if (seriesIds.length === 0) return new Map();
  const rows = await db.$queryRaw<
    {
      series_id: number;
      period: string;
      value: Prisma.Decimal | null;
      status: LatestValue["status"];
      source_label: string | null;
      source_url: string | null;
    }[]
  >`
    SELECT DISTINCT ON (m.series_id)
           m.series_id, m.period, v.value, v.status::text AS status, v.source_label, v.source_url
      FROM measurement m
      JOIN measurement_version v ON v.id = m.published_version_id
      JOIN series s ON s.id = m.series_id
      JOIN kpi k ON k.id = s.kpi_id
     WHERE m.series_id IN (${Prisma.join(seriesIds)})
       AND NOT v.withdrawn
     ORDER BY m.series_id,
              (CASE k.frequency
                 WHEN 'YEAR' THEN m.period ~ '^[0-9]{4}$'
                 WHEN 'SCHOOL_YEAR' THEN m.period ~ '^[0-9]{4}-[0-9]{4}$'
                 WHEN 'QUARTER' THEN m.period ~ '-Q'
                 ELSE m.period ~ '^[0-9]{4}-[0-9]{2}$'
               END) DESC,
              m.period_end DESC, m.period_start ASC`;
  return new Map(
    rows.map((r) => [
      r.series_id,
      {
        seriesId: r.series_id,
        period: r.period,
        value: r.value === null ? null : Number(r.value),
        status: r.status,
        source: r.source_label,
        sourceUrl: r.source_url,
      },
    ]),
  );
}
