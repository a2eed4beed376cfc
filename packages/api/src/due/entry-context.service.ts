import { DomainError } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import { num } from "../dto.js";
import { sendBacksOf } from "./returned.service.js";

/** What the entry form needs of one series beyond `kpi.detail`: the current version of every
 *  period (drafts and submissions included, so the period picker knows what is missing), why a
 *  returned value was sent back, and where expected periods start. Three queries. */
export async function entryContext(db: Db, input: { kpi: string; series: string }) {
  const series = await db.series.findFirst({
    where: { key: input.series, kpi: { code: input.kpi } },
    select: {
      frequency: true,
      currentTargetPath: { select: { baselinePeriod: true } },
      kpi: { select: { plan: { select: { periodStart: true } } } },
      measurements: {
        select: {
          period: true,
          currentVersion: true,
          versions: {
            orderBy: { version: "desc" },
            take: 1,
            select: {
              version: true,
              value: true,
              workflow: true,
              withdrawn: true,
              sourceLabel: true,
              comment: true,
            },
          },
        },
      },
    },
  });
  if (!series) throw new DomainError("NOT_FOUND", "series.notFound", { code: input.kpi, series: input.series });
  const periods = series.measurements.flatMap((m) => {
    const v = m.versions[0];
    if (!v) return [];
    return [
      {
        period: m.period,
        version: v.version,
        value: num(v.value),
        workflow: v.workflow.toLowerCase(),
        withdrawn: v.withdrawn,
        source: v.sourceLabel,
        comment: v.comment,
      },
    ];
  });
  const drafts = periods.filter((p) => p.workflow === "draft");
  const sendBacks = await sendBacksOf(
    db,
    drafts.map((p) => `${input.kpi}/${input.series}/${p.period}`),
  );
  const returned = drafts.flatMap((p) => {
    const sendBack = sendBacks.get(`${input.kpi}/${input.series}/${p.period}`);
    return sendBack && sendBack.version === p.version ? [{ period: p.period, ...sendBack }] : [];
  });
  const planStart = series.kpi.plan.periodStart;
  const from =
    series.currentTargetPath?.baselinePeriod ?? (planStart && series.frequency === "YEAR" ? String(planStart) : null);
  return { frequency: series.frequency.toLowerCase(), periods, returned, from };
}
export type EntryContext = Awaited<ReturnType<typeof entryContext>>;
