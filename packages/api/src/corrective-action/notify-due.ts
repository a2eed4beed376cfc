import { notify, recipients } from "../notification/notify.js";
import type { Tx } from "../transaction.js";
import { NEEDS_ACTION } from "./corrective-action.dto.js";

/** After a write refreshed these series' verdicts: the editors of a stewarded KPI hear that a
 *  corrective action is due when a series needs one and has none open. Once per series, latest
 *  period and status (`dedupeKey`), so a refresh that changes nothing tells nobody again. */
export async function notifyCorrectiveActionsDue(tx: Tx, seriesIds: number[]): Promise<void> {
  if (seriesIds.length === 0) return;
  const due = await tx.seriesStatus.findMany({
    where: {
      seriesId: { in: [...new Set(seriesIds)] },
      OR: [{ status: { in: [...NEEDS_ACTION] } }, { status: "AT_RISK", series: { kpi: { atRiskNeedsAction: true } } }],
      series: {
        correctiveActions: { none: { closedAt: null } },
        kpi: { archivedAt: null, stewards: { some: { organisationId: { not: null } } } },
      },
    },
    select: {
      seriesId: true,
      status: true,
      latest: true,
      series: { select: { kpi: { select: { code: true, nameNl: true, nameEn: true } } } },
    },
  });
  for (const row of due) {
    const { kpi } = row.series;
    const period = (row.latest as { period?: string } | null)?.period ?? "";
    await notify(tx, {
      kind: "correctiveActionDue",
      userIds: await recipients(tx, { role: "editor", kpiCode: kpi.code }),
      params: { kpiCode: kpi.code, kpiName: kpi.nameNl, kpiNameEn: kpi.nameEn },
      link: "/bijsturing",
      dedupeKey: `correctiveActionDue:${row.seriesId}:${period}:${row.status}`,
    });
  }
}
