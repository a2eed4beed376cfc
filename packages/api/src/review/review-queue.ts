import { isOutlier, OUTLIER_WINDOW } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import { bilingual, num } from "../dto.js";
import { noteSelect } from "./review-note.js";

/** How many published values of the series the card's chart shows before the candidate. */
const CHART_POINTS = 8;

/** What waits for a reviewer: each submitted value as a card with what is needed to judge it
 *  (the KPI, the previous published value, the source, the comment, an outlier flag and the
 *  recent published values), and the open reservations. Three queries whatever the queue's size. */
export async function reviewQueue(db: Db) {
  const [submitted, reservations] = await Promise.all([
    db.measurementVersion.findMany({
      where: { workflow: "SUBMITTED", measurement: { currentVersion: { gte: 1 } } },
      orderBy: { submittedAt: "asc" },
      select: {
        version: true,
        value: true,
        status: true,
        sourceLabel: true,
        sourceUrl: true,
        comment: true,
        reason: true,
        submittedAt: true,
        author: { select: { name: true } },
        measurement: {
          select: {
            period: true,
            periodEnd: true,
            currentVersion: true,
            publishedVersion: { select: { value: true, withdrawn: true } },
            series: {
              select: {
                id: true,
                key: true,
                labelNl: true,
                labelEn: true,
                kpi: { select: { code: true, nameNl: true, nameEn: true, unit: true, decimals: true } },
              },
            },
          },
        },
      },
    }),
    db.reviewNote.findMany({
      // Reservations on commitments are answered on the commitment's sheet.
      where: { state: "OPEN", kind: "RESERVATION", kpiId: { not: null } },
      orderBy: { createdAt: "asc" },
      select: { ...noteSelect, kpi: { select: { code: true } } },
    }),
  ]);
  const current = submitted.filter((v) => v.version === v.measurement.currentVersion);
  const seriesIds = [...new Set(current.map((v) => v.measurement.series.id))];
  const published =
    seriesIds.length === 0
      ? []
      : await db.measurement.findMany({
          where: { seriesId: { in: seriesIds }, publishedVersion: { withdrawn: false, value: { not: null } } },
          orderBy: { periodEnd: "asc" },
          select: { seriesId: true, period: true, periodEnd: true, publishedVersion: { select: { value: true } } },
        });

  return {
    submitted: current.map((v) => {
      const m = v.measurement;
      const kpi = m.series.kpi;
      const earlier = published
        .filter((p) => p.seriesId === m.series.id && p.periodEnd < m.periodEnd)
        .map((p) => ({ period: p.period, value: num(p.publishedVersion!.value)! }));
      const value = num(v.value);
      // A revision is compared with the value it replaces; a new period with the last one before it.
      const replaced = m.publishedVersion && !m.publishedVersion.withdrawn ? num(m.publishedVersion.value) : null;
      const last = earlier.at(-1) ?? null;
      const previous =
        replaced !== null
          ? { period: m.period, value: replaced }
          : last
            ? { period: last.period, value: last.value }
            : null;
      return {
        kpi: kpi.code,
        name: bilingual(kpi.nameNl, kpi.nameEn),
        series: m.series.key,
        seriesLabel: bilingual(m.series.labelNl, m.series.labelEn),
        unit: kpi.unit.toLowerCase(),
        decimals: kpi.decimals,
        period: m.period,
        version: v.version,
        value,
        status: v.status.toLowerCase(),
        source: v.sourceLabel,
        sourceUrl: v.sourceUrl,
        comment: v.comment,
        reason: v.reason,
        previous,
        change: previous && value !== null ? value - previous.value : null,
        outlier: value !== null && isOutlier(earlier.map((p) => p.value).slice(-OUTLIER_WINDOW), value),
        history: earlier.slice(-CHART_POINTS),
        submittedAt: v.submittedAt?.toISOString() ?? null,
        author: v.author?.name ?? null,
      };
    }),
    reservations: reservations.flatMap((r) =>
      r.kpi ? [{ ...r, kpi: r.kpi.code, createdAt: r.createdAt.toISOString(), resolvedAt: null }] : [],
    ),
  };
}

export type ReviewQueue = Awaited<ReturnType<typeof reviewQueue>>;
