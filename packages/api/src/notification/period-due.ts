import { comparePeriods, expectedPeriod } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import { writeAudit } from "../audit.js";
import { isOfFrequency } from "../kpi/observations.js";
import { notify, recipients } from "./notify.js";
import { entryLink } from "./triggers.js";

/** The job's audit actor. */
const SYSTEM = { id: null, label: "system:period-due" };

/** Tells the editors in scope of each KPI that its headline series' expected period (the same
 *  rule as `/due`) has no value yet: once per series and period, however often it runs (the
 *  dedupe key), in one transaction with one audit row. Returns how many items it stored. */
export async function notifyDuePeriods(db: Db, today: string = new Date().toISOString().slice(0, 10)) {
  const kpis = await db.kpi.findMany({
    where: { archivedAt: null, unit: { not: "UNSPECIFIED" } },
    orderBy: { code: "asc" },
    select: {
      code: true,
      nameNl: true,
      nameEn: true,
      frequency: true,
      reportingInterval: true,
      series: {
        where: { isHeadline: true },
        select: { id: true, key: true, frequency: true, measurements: { select: { period: true } } },
      },
    },
  });
  const due = kpis.flatMap((k) =>
    k.series.flatMap((s) => {
      const frequency = s.frequency ?? k.frequency;
      const periods = s.measurements.map((m) => m.period).filter((p) => isOfFrequency(p, frequency));
      const last = [...periods].sort(comparePeriods).at(-1);
      const expected = expectedPeriod(frequency, today, k.reportingInterval, last);
      return periods.includes(expected) ? [] : [{ kpi: k, series: s, period: expected }];
    }),
  );
  return db.$transaction(
    async (tx) => {
      const before = await tx.notification.count({ where: { kind: "periodDue" } });
      for (const d of due) {
        await notify(tx, {
          kind: "periodDue",
          userIds: await recipients(tx, { role: "editor", kpiCode: d.kpi.code }),
          params: { kpiCode: d.kpi.code, kpiName: d.kpi.nameNl, kpiNameEn: d.kpi.nameEn, period: d.period },
          link: entryLink(d.kpi.code, d.series.key, d.period),
          dedupeKey: `periodDue:${d.series.id}:${d.period}`,
        });
      }
      const stored = (await tx.notification.count({ where: { kind: "periodDue" } })) - before;
      if (stored > 0)
        await writeAudit(tx, SYSTEM, {
          action: "notification.periodDue",
          entityType: "notification",
          entityId: today,
          after: { stored, periods: due.map((d) => `${d.kpi.code}/${d.series.key}/${d.period}`) },
        });
      return stored;
    },
    { timeout: 120_000 },
  );
}
