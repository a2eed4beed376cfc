import { publishableUrl } from "@boordtabel/domain";
import { copyOut, Prisma, readPlain } from "@boordtabel/db";
import type { Reader } from "../transaction.js";
import { KNOWN_SINCE_DAY, PERIOD_ORDER, PUBLISHED_VALUES } from "./observations.js";

/** Today's published observations of each series as JSON, written by PostgreSQL: the UTF-8 bytes
 *  `JSON.stringify` gives for what `loadObservations` returns (observations-json.test.ts holds
 *  the two to that), read from the same rows (`PUBLISHED_VALUES`). The open-data export is
 *  mostly this list (1 440 values of a monthly KPI with its breakdowns: about 300 KB), and
 *  reading it as rows cost the server more than the query itself — the driver's row objects,
 *  the mapping, then `JSON.stringify` of every value — where PostgreSQL writes the text for
 *  about what the rows cost it (docs/performance.md).
 *
 *  - Strings pass through `to_json`, which escapes as `JSON.stringify` does (`\"`, `\\`, `\n`, …,
 *    other control characters as `\u00xx`).
 *  - The value is the stored decimal without trailing zeros: the text JavaScript writes for the
 *    same double whenever the value has at most 15 significant digits (numeric(20,6) values
 *    below 1e9 always have), and the same double when parsed in every case.
 *  - The order is the one `comparePeriods` gives: period end, then the longer period first.
 *
 *  Each series comes with the revision of its values read in the same statement
 *  (`series.values_revision`), so that the text may be kept for as long as the revision stands
 *  (series-values.ts). A series with a stored link that may not be published (not http(s),
 *  stored before the rule) is left out; its caller reads it through `loadObservations`, which
 *  leaves such links out.
 *
 *  Outside a transaction the rows come through a binary COPY (`copyOut`), so the JSON arrives as
 *  the bytes it is sent as, never decoded into a string (docs/performance.md, change 31). */
export async function loadObservationsJson(
  db: Reader,
  seriesIds: number[],
): Promise<Map<number, { json: Buffer; revision: string }>> {
  const ids = [...new Set(seriesIds)];
  const result = new Map<number, { json: Buffer; revision: string }>();
  if (ids.length === 0) return result;
  if (!ids.every((id) => Number.isSafeInteger(id))) throw new Error("Series ids are integers.");
  // Streamed as bytes where it can (outside a transaction), the ids written into the statement.
  const copied = await copyOut(db, observationsOf(Prisma.raw(`'{${ids.join(",")}}'::int[]`)));
  const rows = copied
    ? copied.map((row) => ({
        series_id: row[0]!.readInt32BE(0),
        revision: row[1]!.toString(),
        observations: ownBytes(row[2]!),
        links: row[3]!.toString(),
      }))
    : (await readPlain<Row>(db, observationsOf(Prisma.sql`${ids}::int[]`))).map((row) => ({
        ...row,
        observations: Buffer.from(row.observations),
      }));
  for (const row of rows) {
    const links = JSON.parse(row.links) as string[];
    if (links.every((link) => publishableUrl(link) === link)) {
      result.set(row.series_id, { json: row.observations, revision: row.revision });
    }
  }
  return result;
}

type Row = { series_id: number; revision: string; observations: string; links: string };

/** A copy of bytes in memory of their own: a view would keep the whole COPY answer alive, and a
 *  small Buffer is cut from a shared 8 KB slab, which it would keep alive, unweighed, for as long
 *  as the values are kept (series-values.ts). */
function ownBytes(view: Buffer): Buffer {
  const bytes = Buffer.allocUnsafeSlow(view.length);
  view.copy(bytes);
  return bytes;
}

/** The statement, for the series `ids` names (an int[] expression). */
const observationsOf = (ids: Prisma.Sql) => Prisma.sql`
    SELECT s.id AS series_id, s.values_revision::text AS revision, o.observations,
      COALESCE(to_json(o.links)::text, '[]') AS links
    FROM unnest(${ids}) AS wanted(id) JOIN series s ON s.id = wanted.id
    CROSS JOIN LATERAL (
      SELECT '[' || COALESCE(string_agg('{"period":' || to_json(m.period)::text
          || ',"value":' || trim_scale(v.value)::text
          || ',"status":"' || lower(v.status::text)
          || '","source":' || COALESCE(to_json(v.source_label)::text, 'null')
          || ',"sourceUrl":' || COALESCE(to_json(v.source_url)::text, 'null')
          || ',"comment":' || COALESCE(to_json(v.comment)::text, 'null')
          || ',"breakInSeries":' || v.break_in_series::text
          || ',"knownSince":' || COALESCE('"' || ${KNOWN_SINCE_DAY} || '"', 'null')
          || ',"knownSinceApproximate":' || v.known_since_approximate::text || '}',
          ',' ORDER BY ${PERIOD_ORDER}), '') || ']' AS observations,
        array_agg(DISTINCT v.source_url) FILTER (WHERE v.source_url IS NOT NULL) AS links
      ${PUBLISHED_VALUES} AND m.series_id = s.id
    ) o`;
