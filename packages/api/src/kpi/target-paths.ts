import type { TargetPathInput } from "@boordtabel/domain";
import type { Prisma } from "@boordtabel/db";
import type { Reader } from "../transaction.js";
import { isEmptyScope, scopeWhere, type SeriesScope } from "./series-scope.js";
import { targetPathSelect, toTargetPathDto, type TargetPathDto } from "./kpi.selects.js";

type Row = Prisma.TargetPathGetPayload<{ select: typeof targetPathSelect & { seriesId: true } }>;

/** The target path in force per series: the current revision, or — with `asOf` — the newest
 *  revision known by then, known meaning COALESCE(knownSince, createdAt) <= asOf (the
 *  regeerakkoord's 80 % from autumn 2019, not from the day the database was filled). */
export async function loadTargetPaths(
  db: Reader,
  seriesIds: SeriesScope,
  asOf?: Date,
): Promise<Map<number, TargetPathDto>> {
  if (isEmptyScope(seriesIds)) return new Map();
  const rows: Row[] = await db.targetPath.findMany({
    where: {
      ...scopeWhere(seriesIds),
      ...(asOf
        ? { OR: [{ knownSince: { lte: asOf } }, { knownSince: null, createdAt: { lte: asOf } }] }
        : { supersededAt: null }),
    },
    orderBy: [{ seriesId: "asc" }, { revision: "desc" }],
    distinct: ["seriesId"],
    select: { ...targetPathSelect, seriesId: true },
  });
  return new Map(rows.map((r) => [r.seriesId, toTargetPathDto(r)!]));
}

/** The target path in force today per series, from the revisions a read already selected with
 *  `targetPathSelect` (the same choice as loadTargetPaths without `asOf`: the newest revision
 *  not superseded), so the read needs no query of its own. */
export function currentPaths(
  series: { id: number; targetPaths: Prisma.TargetPathGetPayload<{ select: typeof targetPathSelect }>[] }[],
): Map<number, TargetPathDto> {
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
