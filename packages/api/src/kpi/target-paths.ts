import type { TargetPathInput } from "@boordtabel/domain";
import { Prisma, readPlain, type PlainValue } from "@boordtabel/db";
import type { Reader } from "../transaction.js";
import { isEmptyScope, scopeSql, type SeriesScope } from "./series-scope.js";
import { toTargetPathDto, type TargetPathDto, type TargetPathRow } from "./kpi.selects.js";

/** A target point as the plain reads give it (`TARGET_POINTS_JSON`). */
export type TargetPointJson = {
  period: string;
  value: number;
  kind: string;
  sourceLabel: string;
  sourceUrl: string | null;
  note: string | null;
};

/** The points of target path `tp` as a JSON array, in the order `targetPathSelect` reads them
 *  (period end), the value as float8. */
export const TARGET_POINTS_JSON = Prisma.sql`(SELECT COALESCE(json_agg(json_build_object(
    'period', pt.period, 'value', pt.value::float8, 'kind', pt.kind, 'sourceLabel', pt.source_label,
    'sourceUrl', pt.source_url, 'note', pt.note) ORDER BY pt.period_end, pt.id), '[]')
  FROM target_point pt WHERE pt.target_path_id = tp.id)`;

/** An instant as `Date.toISOString()` writes it (the columns hold milliseconds). */
export const isoInstant = (column: Prisma.Sql) =>
  Prisma.sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Target path `tp` as a JSON object in the shape `targetPathSelect` reads (decimals as float8,
 *  instants as ISO text, which `fromTargetPathJson` makes dates again). */
export const TARGET_PATH_JSON = Prisma.sql`json_build_object(
    'revision', tp.revision, 'baselinePeriod', tp.baseline_period,
    'baselineValue', tp.baseline_value::float8, 'baselineSource', tp.baseline_source,
    'interpolation', tp.interpolation, 'tolerance', tp.tolerance::float8, 'justification', tp.justification,
    'createdAt', ${isoInstant(Prisma.sql`tp.created_at`)}, 'supersededAt', ${isoInstant(Prisma.sql`tp.superseded_at`)},
    'points', ${TARGET_POINTS_JSON})`;

export type TargetPathJson = Omit<TargetPathRow, "createdAt" | "supersededAt" | "points"> & {
  createdAt: string;
  supersededAt: string | null;
  points: TargetPointJson[];
};

export const fromTargetPathJson = (path: TargetPathJson): TargetPathRow => ({
  ...path,
  createdAt: new Date(path.createdAt),
  supersededAt: path.supersededAt === null ? null : new Date(path.supersededAt),
});

/** The target path in force per series: the current revision, or — with `asOf` — the newest
 *  revision known by then, known meaning COALESCE(knownSince, createdAt) <= asOf (the
 *  regeerakkoord's 80 % from autumn 2019, not from the day the database was filled). A plain
 *  read (readPlain), one row per series with the path as JSON (`TARGET_PATH_JSON`): the overview
 *  makes it on every first read after a write, and Prisma's relation read cost it twice the CPU. */
export async function loadTargetPaths(
  db: Reader,
  seriesIds: SeriesScope,
  asOf?: Date,
): Promise<Map<number, TargetPathDto>> {
  if (isEmptyScope(seriesIds)) return new Map();
  const known = asOf
    ? Prisma.sql`COALESCE(tp.known_since, tp.created_at) <= ${asOf.toISOString()}::timestamptz`
    : Prisma.sql`tp.superseded_at IS NULL`;
  const rows = await readPlain<{ series_id: number; path: PlainValue }>(
    db,
    Prisma.sql`
      SELECT DISTINCT ON (tp.series_id) tp.series_id, ${TARGET_PATH_JSON} AS path
      FROM target_path tp
      WHERE ${scopeSql(seriesIds)} AND ${known}
      ORDER BY tp.series_id, tp.revision DESC`,
  );
  return new Map(
    rows.map((r) => [r.series_id, toTargetPathDto(fromTargetPathJson(r.path as unknown as TargetPathJson))!]),
  );
}

/** The target path in force today per series, from the revisions a read already selected with
 *  `targetPathSelect` (the same choice as loadTargetPaths without `asOf`: the newest revision
 *  not superseded), so the read needs no query of its own. */
export function currentPaths(series: { id: number; targetPaths: TargetPathRow[] }[]): Map<number, TargetPathDto> {
  const paths = new Map<number, TargetPathDto>();
  for (const s of series) {
    const current = s.targetPaths
      .filter((p) => p.supersededAt === null)
      .reduce<(typeof s.targetPaths)[number] | null>((a, p) => (a === null || p.revision > a.revision ? p : a), null);
    if (current) paths.set(s.id, toTargetPathDto(current));
  }
  return paths;
}

/** The engine's view of a stored target path. */
export function toEnginePath(path: TargetPathDto | undefined): TargetPathInput | undefined {
  if (!path || path.targets.length === 0) return undefined;
  return {
    baseline: path.baseline?.value == null ? undefined : { period: path.baseline.period, value: path.baseline.value },
    targets: path.targets.flatMap((t) =>
      t.value === null ? [] : [{ period: t.period, value: t.value, source: t.source, kind: t.kind }],
    ),
    interpolation: path.interpolation,
    tolerance: path.tolerance ?? undefined,
  };
}
