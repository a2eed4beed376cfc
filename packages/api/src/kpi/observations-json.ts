import { publishableUrl } from "@boordtabel/domain";
import type { Reader } from "../transaction.js";

/** Today's published observations of each series as JSON text, written by PostgreSQL: the bytes
 *  `JSON.stringify` gives for what `loadObservations` returns (observations.test.ts holds the
 *  two to that). The open-data export is mostly this list (1 440 values of a monthly KPI with
 *  its breakdowns: about 300 KB), and reading it as rows cost the server more than the query
 *  itself — the driver's row objects, the mapping, then `JSON.stringify` of every value — where
 *  PostgreSQL writes the text for about what the rows cost it (docs/performance.md).
 *
 *  - Strings pass through `to_json`, which escapes as `JSON.stringify` does (`\"`, `\\`, `\n`, …,
 *    other control characters as `\u00xx`).
 *  - The value is the stored decimal without trailing zeros: the text JavaScript writes for the
 *    same double whenever the value has at most 15 significant digits (numeric(20,6) values
 *    below 1e9 always have), and the same double when parsed in every case.
 *  - The order is the one `comparePeriods` gives: period end, then the longer period first.
 *
 *  The links are returned too: a series with a stored link that may not be published (not
 *  http(s), stored before the rule) is left out, and its caller reads it through
 *  `loadObservations`, which leaves such links out. */
export async function loadObservationsJson(db: Reader, seriesIds: number[]): Promise<Map<number, string>> {
  const ids = [...new Set(seriesIds)];
  const result = new Map<number, string>(ids.map((id) => [id, "[]"]));
  if (ids.length === 0) return result;
  const rows = await db.$queryRaw<{ series_id: number; observations: string; links: string[] | null }[]>`
    SELECT m.series_id,
      '[' || string_agg('{"period":' || to_json(m.period)::text
        || ',"value":' || trim_scale(v.value)::text
        || ',"status":"' || lower(v.status::text)
        || '","source":' || COALESCE(to_json(v.source_label)::text, 'null')
        || ',"sourceUrl":' || COALESCE(to_json(v.source_url)::text, 'null')
        || ',"comment":' || COALESCE(to_json(v.comment)::text, 'null')
        || ',"breakInSeries":' || v.break_in_series::text
        || ',"knownSince":' || COALESCE('"' || to_char(COALESCE(v.known_since, v.validated_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') || '"', 'null')
        || ',"knownSinceApproximate":' || v.known_since_approximate::text || '}',
        ',' ORDER BY m.period_end, m.period_start DESC, m.id) || ']' AS observations,
      array_agg(DISTINCT v.source_url) FILTER (WHERE v.source_url IS NOT NULL) AS links
    FROM unnest(${ids}::int[]) AS wanted(id)
    JOIN measurement m ON m.series_id = wanted.id
    JOIN measurement_version v ON v.id = m.published_version_id
    WHERE NOT v.withdrawn AND v.value IS NOT NULL
    GROUP BY m.series_id`;
  for (const row of rows) {
    if ((row.links ?? []).every((link) => publishableUrl(link) === link)) result.set(row.series_id, row.observations);
    else result.delete(row.series_id);
  }
  return result;
}
