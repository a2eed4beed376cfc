import { Prisma } from "@boordtabel/db";

/** Which series a verdict or target-path read is for: given ids, or the headline series of a
 *  plan's KPIs (not archived) — the set the plan overview judges. Naming the plan lets the
 *  overview read verdicts and paths in the same round trip as its KPIs, instead of waiting for
 *  their ids. */
export type SeriesScope = number[] | { headlinesOfPlan: string };

export const isEmptyScope = (scope: SeriesScope) => Array.isArray(scope) && scope.length === 0;

/** The scope as an SQL condition on a `series_id` column. */
export const scopeSql = (scope: SeriesScope) =>
  Array.isArray(scope)
    ? Prisma.sql`series_id = ANY(${scope})`
    : Prisma.sql`series_id IN (SELECT s.id FROM series s JOIN kpi k ON k.id = s.kpi_id JOIN plan p ON p.id = k.plan_id
                               WHERE p.code = ${scope.headlinesOfPlan} AND s.is_headline AND k.archived_at IS NULL)`;
