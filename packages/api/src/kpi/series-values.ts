import { availableParallelism } from "node:os";
import { ByteLru } from "../read-cache/byte-lru.js";
import { isRootClient } from "@boordtabel/db";
import type { Reader } from "../transaction.js";
import { loadObservations, loadPublishedPoints, type Observation, type PublishedPoint } from "./observations.js";
import { loadObservationsJson } from "./observations-json.js";

// Today's published values of a series, kept per database client as the JSON the export sends
// (and the values table parses), and as the points the KPI page draws (`publishedPoints`), under the series' values revision (series.values_revision: a new
// random value in the same statement as every write that changes those values, by trigger). The
// read cache (apps/api, read-cache.ts) keeps whole answers for one data version, which every
// write moves; this keeps each series' values across the writes that leave them alone, so the
// first read after a write elsewhere builds its answer without reading the values again
// (docs/performance.md, change 24). The revision comes with the KPI's own read, so kept values
// are used only when the database says they are still the series' values.

/** A series as a read names it: its id and the revision of its values. */
export interface SeriesValuesRef {
  id: number;
  valuesRevision: string;
}

interface Kept {
  bytes: number;
  revision: string;
  /** UTF-8, outside V8's heap: a string with one character beyond Latin-1 (a dash in a source
   *  label) takes two bytes per character there, and weighs twice what it sends. */
  json: Buffer;
}

/** The bytes kept per database client: a monthly KPI's four series are about 330 KB of JSON, so
 *  a hundred such KPIs (a board's headline KPIs) stay kept. */
export const SERIES_VALUES_CACHE_BYTES = 48 * 1024 * 1024;

const weigh = (json: Buffer) => json.length + 100;

/** One cache per database client, of `maxBytes`: `of(db)` gives the client's own, and none inside
 *  a transaction, which may see its own writes. */
function perClient<V extends { bytes: number }>(maxBytes: number) {
  const caches = new WeakMap<object, ByteLru<V>>();
  return {
    of(db: Reader): ByteLru<V> | undefined {
      if (!isRootClient(db)) return undefined;
      let cache = caches.get(db);
      if (!cache) caches.set(db, (cache = new ByteLru<V>(maxBytes)));
      return cache;
    },
  };
}

const keptJson = perClient<Kept>(SERIES_VALUES_CACHE_BYTES);

/** Today's published observations of each series as JSON (the UTF-8 bytes of what
 *  `JSON.stringify` gives for what `loadObservations` returns): kept bytes whose revision is the
 *  one given, the others read (each statement also says the revision they stand for). A series
 *  holding a link that may not be published is read as rows and not kept (see
 *  loadObservationsJson). */
export async function publishedValuesJson(db: Reader, series: SeriesValuesRef[]): Promise<Map<number, Buffer>> {
  const cache = keptJson.of(db);
  const result = new Map<number, Buffer>();
  const missing: number[] = [];
  for (const s of series) {
    const kept = cache?.get(String(s.id));
    if (kept?.revision === s.valuesRevision) result.set(s.id, kept.json);
    else missing.push(s.id);
  }
  if (missing.length === 0) return result;
  const read = await readInParallel(db, missing, cache !== undefined);
  for (const [id, fresh] of read) result.set(id, keep(cache, id, fresh));
  const unread = missing.filter((id) => !read.has(id));
  if (unread.length > 0) {
    for (const [id, values] of await loadObservations(db, unread)) result.set(id, Buffer.from(JSON.stringify(values)));
  }
  return result;
}

/** The values of several series in one statement per core, sent at once on connections of
 *  their own (outside a transaction): PostgreSQL writes each series' JSON on one core, so a KPI
 *  with four breakdowns is read in about half the time on two cores (docs/performance.md,
 *  change 25). Inside a transaction, which holds one connection, one statement. */
async function readInParallel(db: Reader, ids: number[], ownConnections: boolean) {
  const parts = ownConnections ? Math.min(ids.length, STATEMENTS_AT_ONCE) : 1;
  if (parts <= 1) return loadObservationsJson(db, ids);
  const groups = Array.from({ length: parts }, (_, part) => ids.filter((_, i) => i % parts === part));
  const reads = await Promise.all(groups.map((group) => loadObservationsJson(db, group)));
  return new Map(reads.flatMap((read) => [...read]));
}

const STATEMENTS_AT_ONCE = Math.max(1, availableParallelism());

/** Keeps a series' JSON just read (in memory of its own) under the revision read with it;
 *  returns its bytes. */
function keep(cache: ByteLru<Kept> | undefined, id: number, fresh: { json: Buffer; revision: string }): Buffer {
  cache?.set(String(id), { bytes: weigh(fresh.json), revision: fresh.revision, json: fresh.json });
  return fresh.json;
}

/** Today's published observations of a series, parsed from the same kept JSON: the values table
 *  of the KPI page (`kpi.values`), and the page of a series without a stored verdict. */
export async function publishedValues(db: Reader, series: SeriesValuesRef): Promise<Observation[]> {
  const json = (await publishedValuesJson(db, [series])).get(series.id);
  return json ? (JSON.parse(json.toString()) as Observation[]) : [];
}

interface KeptPoints {
  bytes: number;
  revision: string;
  points: readonly PublishedPoint[];
}

/** The KPI page's points kept per database client: a monthly series' 360 points weigh about
 *  60 KB by `weighPoints`, so a few hundred series stay kept. */
export const SERIES_POINTS_CACHE_BYTES = 16 * 1024 * 1024;

const keptPoints = perClient<KeptPoints>(SERIES_POINTS_CACHE_BYTES);

/** An estimate of what the points hold in V8's heap: an object of six fields and its strings
 *  (two bytes per character where one is beyond Latin-1). */
const weighPoints = (points: readonly PublishedPoint[]) =>
  points.reduce(
    (sum, p) =>
      sum + 96 + 2 * (p.period.length + p.status.length + (p.source?.length ?? 0) + (p.sourceUrl?.length ?? 0)),
    100,
  );

/** Today's published values of the series a KPI page shows, as it draws and judges them, kept
 *  under the series' values revision (no copy per request: the points are frozen). Read as
 *  plain rows, not as the export's JSON, which would cost PostgreSQL half again as much for
 *  fields the page does not show (docs/performance.md, change 30). The page's own read carried
 *  the revision; a write after that read and before this one gives newer values than the
 *  revision names, never older ones, and the next read, carrying the new revision, reads them
 *  again. Not kept inside a transaction, which may see its own writes. */
export async function publishedPoints(db: Reader, series: SeriesValuesRef): Promise<readonly PublishedPoint[]> {
  const cache = keptPoints.of(db);
  const kept = cache?.get(String(series.id));
  if (kept?.revision === series.valuesRevision) return kept.points;
  const points = Object.freeze((await loadPublishedPoints(db, series.id)).map((p) => Object.freeze(p)));
  cache?.set(String(series.id), { bytes: weighPoints(points), revision: series.valuesRevision, points });
  return points;
}
