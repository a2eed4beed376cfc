import { recordShares, seriesRecord, type PeriodFrequency, type SeriesRecord } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import type { Actor } from "../auth/actor.js";
import { editorScopes, inScope } from "../auth/editor-scope.js";
import { bilingual } from "../dto.js";

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Completeness of a plan's headline series as of today: per KPI every expected period that
 *  has no value yet (grouped on the screen per KPI and per responsible organisation, within an
 *  editor's scope), and for the whole plan the share of expected values published and the share
 *  published within the publication lag. Definitions in docs/methodology.md. Two queries. */
export async function planCompleteness(db: Db, actor: Actor, input: { plan: string; today?: string }) {
  const today = input.today ?? isoDay(new Date());
  const [scopes, kpis] = await Promise.all([
    editorScopes(db, actor),
    db.kpi.findMany({
      where: { plan: { code: input.plan }, archivedAt: null, unit: { not: "UNSPECIFIED" } },
      orderBy: { sortOrder: "asc" },
      select: {
        id: true,
        code: true,
        nameNl: true,
        nameEn: true,
        publicationLagMonths: true,
        reportingInterval: true,
        plan: { select: { periodStart: true } },
        stewards: {
          select: { organisationId: true, organisation: { select: { code: true, nameNl: true, nameEn: true } } },
        },
        series: {
          where: { isHeadline: true },
          take: 1,
          select: {
            key: true,
            frequency: true,
            currentTargetPath: { select: { baselinePeriod: true } },
            measurements: {
              select: {
                period: true,
                versions: {
                  where: { workflow: "VALIDATED", withdrawn: false },
                  orderBy: { validatedAt: "asc" },
                  take: 1,
                  select: { validatedAt: true, knownSince: true },
                },
              },
            },
          },
        },
      },
    }),
  ]);
  const records: SeriesRecord[] = [];
  const rows = kpis.flatMap((k) => {
    const series = k.series[0];
    if (!series) return [];
    const published: Record<string, string> = {};
    for (const m of series.measurements) {
      const first = m.versions[0];
      const at = first?.knownSince ?? first?.validatedAt;
      if (at) published[m.period] = isoDay(at);
    }
    const frequency: PeriodFrequency = series.frequency;
    const planStart = k.plan.periodStart;
    const record = seriesRecord(
      {
        frequency,
        publicationLagMonths: k.publicationLagMonths,
        reportingInterval: k.reportingInterval,
        from:
          series.currentTargetPath?.baselinePeriod ?? (planStart && frequency === "YEAR" ? String(planStart) : null),
        present: series.measurements.map((m) => m.period),
        published,
      },
      today,
    );
    records.push(record);
    if (record.missing.length === 0 || !inScope(actor, scopes, k)) return [];
    const organisations = k.stewards.flatMap((s) =>
      s.organisation
        ? [{ code: s.organisation.code, name: bilingual(s.organisation.nameNl, s.organisation.nameEn) }]
        : [],
    );
    return [
      {
        kpi: k.code,
        name: bilingual(k.nameNl, k.nameEn),
        series: series.key,
        frequency: frequency.toLowerCase(),
        missing: record.missing,
        expected: record.expected.length,
        organisations,
      },
    ];
  });
  return { today, plan: recordShares(records), kpis: rows };
}
export type PlanCompleteness = Awaited<ReturnType<typeof planCompleteness>>;
