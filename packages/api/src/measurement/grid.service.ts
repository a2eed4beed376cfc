import { DomainError, OUTLIER_WINDOW, parsePeriod, type RecordMeasurementInput } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import type { Actor } from "../auth/actor.js";
import { bilingual, num } from "../dto.js";
import { recordBatch } from "./record-batch.js";
import type { VersionDto } from "./versions.js";

/** The period grid: every KPI of a plan whose frequency matches the period, with the current
 *  version of its total series for that period and its latest published values (for the
 *  outlier rule in the browser). */
export async function entryGrid(db: Db, input: { plan: string; period: string }) {
  const frequency = parsePeriod(input.period).frequency;
  const plan = await db.plan.findUnique({ where: { code: input.plan }, select: { id: true } });
  if (!plan) throw new DomainError("NOT_FOUND", "plan.notFound", { code: input.plan });
  const kpis = await db.kpi.findMany({
    where: { planId: plan.id, archivedAt: null, frequency },
    orderBy: { sortOrder: "asc" },
    select: {
      code: true,
      nameNl: true,
      nameEn: true,
      unit: true,
      unitLabel: true,
      decimals: true,
      kind: true,
      frequency: true,
      series: {
        where: { isTotal: true },
        select: {
          key: true,
          measurements: {
            orderBy: { periodEnd: "desc" },
            take: OUTLIER_WINDOW + 1,
            where: { publishedVersion: { withdrawn: false } },
            select: { period: true, publishedVersion: { select: { value: true } } },
          },
        },
      },
    },
  });
  const current = await db.measurement.findMany({
    where: { period: input.period, series: { isTotal: true, kpi: { planId: plan.id } } },
    select: {
      currentVersion: true,
      series: { select: { kpi: { select: { code: true } } } },
      versions: { orderBy: { version: "desc" }, take: 1, select: { value: true, workflow: true, withdrawn: true } },
    },
  });
  const byKpi = new Map(current.map((m) => [m.series.kpi.code, m]));
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
      frequency: k.frequency.toLowerCase(),
      current:
        m && latest
          ? {
              version: m.currentVersion,
              value: num(latest.value),
              workflow: latest.workflow.toLowerCase(),
              withdrawn: latest.withdrawn,
            }
          : null,
      history: (k.series[0]?.measurements ?? [])
        .flatMap((x) =>
          x.publishedVersion?.value ? [{ period: x.period, value: x.publishedVersion.value.toNumber() }] : [],
        )
        .reverse(),
    };
  });
}

export type EntryGrid = Awaited<ReturnType<typeof entryGrid>>;

/** Saves many values at once, all or nothing: when one row is refused nothing is written and
 *  every row's problem is returned (by its index in the input). */
export async function recordMany(db: Db, actor: Actor, rows: RecordMeasurementInput[], requestId?: string) {
  class Refused extends Error {
    constructor(
      readonly errors: { index: number; messageKey: string; params: Record<string, unknown>; field: string }[],
    ) {
      super("refused");
    }
  }
  try {
    const saved = await db.$transaction(async (tx) => {
      const outcomes = await recordBatch(tx, actor, rows, requestId);
      const errors = outcomes.flatMap((o, index) =>
        o.ok
          ? []
          : [
              {
                index,
                messageKey: o.error.issues[0]?.messageKey ?? o.error.messageKey,
                params: o.error.issues[0]?.params ?? o.error.params,
                field: o.error.issues[0]?.field ?? "value",
              },
            ],
      );
      if (errors.length > 0) throw new Refused(errors);
      return outcomes.map((o) => (o.ok ? o.dto : null)).filter((d): d is VersionDto => d !== null);
    });
    return { saved, errors: [] };
  } catch (error) {
    if (error instanceof Refused) return { saved: [], errors: error.errors };
    throw error;
  }
}
