import { DomainError, parsePeriod, type RecordMeasurementInput } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import type { Actor } from "../auth/actor.js";
import { bilingual, num } from "../dto.js";
import { loadRecent, recordAllOrNothing } from "./record-batch.js";

/** The period grid: every KPI of a plan with a series of the period's frequency — its headline
 *  series, else its series of that frequency without members (the quarterly figures of a yearly
 *  KPI) — with that series' current version for the period and its latest published values (for
 *  the outlier rule in the browser). KPIs whose unit nobody defined are left out until an admin
 *  sets one. */
export async function entryGrid(db: Db, input: { plan: string; period: string }) {
  const frequency = parsePeriod(input.period).frequency;
  const plan = await db.plan.findUnique({ where: { code: input.plan }, select: { id: true } });
  if (!plan) throw new DomainError("NOT_FOUND", "plan.notFound", { code: input.plan });
  const kpis = await db.kpi.findMany({
    where: {
      planId: plan.id,
      archivedAt: null,
      unit: { not: "UNSPECIFIED" },
      series: { some: { frequency, OR: [{ isHeadline: true }, { members: { none: {} } }] } },
    },
    orderBy: { sortOrder: "asc" },
    select: {
      code: true,
      nameNl: true,
      nameEn: true,
      unit: true,
      unitLabel: true,
      decimals: true,
      kind: true,
      series: {
        where: { frequency, OR: [{ isHeadline: true }, { members: { none: {} } }] },
        orderBy: [{ isHeadline: "desc" }, { id: "asc" }],
        take: 1,
        select: { id: true, key: true },
      },
    },
  });
  const current = await db.measurement.findMany({
    where: { period: input.period, seriesId: { in: kpis.flatMap((k) => k.series.map((s) => s.id)) } },
    select: {
      currentVersion: true,
      series: { select: { kpi: { select: { code: true } } } },
      versions: { orderBy: { version: "desc" }, take: 1, select: { value: true, workflow: true, withdrawn: true } },
    },
  });
  const byKpi = new Map(current.map((m) => [m.series.kpi.code, m]));
  // The same latest values the outlier rule compares with when the grid is saved.
  const recent = await loadRecent(
    db,
    kpis.flatMap((k) => k.series.map((s) => s.id)),
  );
  return kpis.map((k) => {
    const m = byKpi.get(k.code);
    const latest = m?.versions[0];
    return {
      kpi: k.code,
      series: k.series[0]?.key ?? "total",
      name: bilingual(k.nameNl, k.nameEn),
      unit: k.unit.toLowerCase(),
      unitLabel: k.unitLabel,
      decimals: k.decimals,
      kind: k.kind.toLowerCase(),
      frequency: frequency.toLowerCase(),
      current:
        m && latest
          ? {
              version: m.currentVersion,
              value: num(latest.value),
              workflow: latest.workflow.toLowerCase(),
              withdrawn: latest.withdrawn,
            }
          : null,
      history: recent.get(k.series[0]?.id ?? -1) ?? [],
    };
  });
}

export type EntryGrid = Awaited<ReturnType<typeof entryGrid>>;

/** Saves many values at once, all or nothing: when one row is refused nothing is written and
 *  every row's problem is returned (by its index in the input). */
export async function recordMany(db: Db, actor: Actor, rows: RecordMeasurementInput[], requestId?: string) {
  const { committed, outcomes } = await recordAllOrNothing(db, actor, rows, { requestId });
  if (committed) return { saved: outcomes.flatMap((o) => (o.ok ? [o.dto] : [])), errors: [] };
  return {
    saved: [],
    errors: outcomes.flatMap((o, index) => {
      if (o.ok) return [];
      const issue = o.error.issues[0];
      return [
        {
          index,
          messageKey: issue?.messageKey ?? o.error.messageKey,
          params: issue?.params ?? o.error.params,
          field: issue?.field ?? "value",
        },
      ];
    }),
  };
}
