import type { Actor } from "../auth/actor.js";
import type { Tx } from "../transaction.js";
import { notify, recipients } from "./notify.js";

/** The in-app path of the entry form of one value. */
export const entryLink = (kpiCode: string, series: string, period: string): string =>
  `/kpis/${encodeURIComponent(kpiCode)}/entry?${new URLSearchParams({ series, period }).toString()}`;

/** What a workflow step of one value tells whom, in the step's transaction: a submission tells
 *  the reviewers, a send-back tells the editor who submitted the version (with the reason). */
export async function notifyValueTransition(
  tx: Tx,
  actor: Actor,
  step: "submit" | "validate" | "sendBack",
  value: { kpiId: number; kpiCode: string; series: string; period: string; versionId: number; reason?: string | null },
): Promise<void> {
  if (step === "validate") return;
  const kpi = await tx.kpi.findUniqueOrThrow({ where: { id: value.kpiId }, select: { nameNl: true, nameEn: true } });
  const params = { kpiCode: value.kpiCode, kpiName: kpi.nameNl, kpiNameEn: kpi.nameEn, period: value.period };
  if (step === "submit") {
    await notify(tx, {
      kind: "valuesSubmitted",
      userIds: await recipients(tx, { role: "reviewer", kpiCode: value.kpiCode }),
      actorId: actor.id,
      params,
      link: "/review",
    });
    return;
  }
  const version = await tx.measurementVersion.findUniqueOrThrow({
    where: { id: value.versionId },
    select: { authorId: true },
  });
  if (!version.authorId) return;
  await notify(tx, {
    kind: "valueSentBack",
    userIds: [version.authorId],
    actorId: actor.id,
    params: { ...params, reason: value.reason ?? "" },
    link: entryLink(value.kpiCode, value.series, value.period),
  });
}

/** Values recorded straight as submitted (the grid, an import): the reviewers get one item per
 *  KPI, naming its periods. */
export async function notifyRecordedSubmitted(
  tx: Tx,
  actor: Actor,
  values: { kpiId: number; kpiCode: string; period: string }[],
): Promise<void> {
  if (values.length === 0) return;
  const byKpi = new Map<number, { kpiCode: string; periods: Set<string> }>();
  for (const v of values) {
    const group = byKpi.get(v.kpiId) ?? { kpiCode: v.kpiCode, periods: new Set<string>() };
    group.periods.add(v.period);
    byKpi.set(v.kpiId, group);
  }
  const kpis = await tx.kpi.findMany({
    where: { id: { in: [...byKpi.keys()] } },
    select: { id: true, nameNl: true, nameEn: true },
  });
  const reviewers = await recipients(tx, { role: "reviewer" });
  for (const kpi of kpis) {
    const group = byKpi.get(kpi.id)!;
    await notify(tx, {
      kind: "valuesSubmitted",
      userIds: reviewers,
      actorId: actor.id,
      params: {
        kpiCode: group.kpiCode,
        kpiName: kpi.nameNl,
        kpiNameEn: kpi.nameEn,
        period: [...group.periods].sort().join(", "),
      },
      link: "/review",
    });
  }
}
