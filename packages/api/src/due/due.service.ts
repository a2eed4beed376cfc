import { comparePeriods, expectedPeriod } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import type { Actor } from "../auth/actor.js";
import { editorScopes, kpisInScope } from "../auth/editor-scope.js";
import { bilingual } from "../dto.js";
import { isOfFrequency } from "../kpi/observations.js";

/** Per KPI of the plan (within an editor's scope), the expected period of its headline series
 *  that has no value yet in any workflow state, grouped by frequency. KPIs whose unit nobody
 *  defined are not offered until an admin sets one. Two queries. */
export async function dueList(db: Db, actor: Actor, input: { plan: string; today?: string }) {
  const today = input.today ?? new Date().toISOString().slice(0, 10);
  const scopes = await editorScopes(db, actor);
  const kpis = await db.kpi.findMany({
    where: { plan: { code: input.plan }, archivedAt: null, unit: { not: "UNSPECIFIED" }, ...kpisInScope(scopes) },
    orderBy: { sortOrder: "asc" },
    select: {
      code: true,
      nameNl: true,
      nameEn: true,
      frequency: true,
      reportingInterval: true,
      series: { where: { isHeadline: true }, select: { frequency: true, measurements: { select: { period: true } } } },
    },
  });
  return kpis.flatMap((k) => {
    const frequency = k.series[0]?.frequency ?? k.frequency;
    const periods = (k.series[0]?.measurements ?? []).map((m) => m.period).filter((p) => isOfFrequency(p, frequency));
    const last = [...periods].sort(comparePeriods).at(-1);
    const expected = expectedPeriod(frequency, today, k.reportingInterval, last);
    if (periods.includes(expected)) return [];
    return [
      {
        kpi: k.code,
        name: bilingual(k.nameNl, k.nameEn),
        frequency: frequency.toLowerCase(),
        expected,
        lastPeriod: last ?? null,
      },
    ];
  });
}
