import type { Prisma } from "@boordtabel/db";
import type { Actor } from "../auth/actor.js";
import type { Reader } from "../transaction.js";
import { correctiveActionSelect, NEEDS_ACTION, toCorrectiveActionDto } from "./corrective-action.dto.js";

export interface ActionFilter {
  kpi?: string;
  plan?: string;
  organisation?: string;
  /** Only open actions (the default), or only closed ones. */
  open?: boolean;
}

/** Corrective actions by KPI, plan or steward organisation, newest first. */
export async function listCorrectiveActions(db: Reader, actor: Actor | null, filter: ActionFilter) {
  const where: Prisma.CorrectiveActionWhereInput = {
    closedAt: filter.open === false ? { not: null } : null,
    kpi: {
      ...(filter.kpi ? { code: filter.kpi } : {}),
      ...(filter.plan ? { plan: { code: filter.plan } } : {}),
      ...(filter.organisation ? { stewards: { some: { organisation: { code: filter.organisation } } } } : {}),
    },
  };
  const rows = await db.correctiveAction.findMany({
    where,
    orderBy: { id: "desc" },
    take: 200,
    select: correctiveActionSelect,
  });
  return rows.map((r) => toCorrectiveActionDto(r, actor));
}

/** "Bijsturing nodig": series whose stored verdict is OFF_TRACK or NOT_ACHIEVED (AT_RISK where the
 *  KPI asks for it) and that have no open corrective action, with their KPI's stewards. */
export async function seriesNeedingAction(db: Reader, filter: { plan?: string; organisation?: string }) {
  const kpi: Prisma.KpiWhereInput = {
    archivedAt: null,
    ...(filter.plan ? { plan: { code: filter.plan } } : {}),
    ...(filter.organisation ? { stewards: { some: { organisation: { code: filter.organisation } } } } : {}),
  };
  const rows = await db.seriesStatus.findMany({
    where: {
      OR: [{ status: { in: [...NEEDS_ACTION] } }, { status: "AT_RISK", series: { kpi: { atRiskNeedsAction: true } } }],
      series: { kpi, correctiveActions: { none: { closedAt: null } } },
    },
    select: {
      status: true,
      series: {
        select: {
          key: true,
          labelNl: true,
          labelEn: true,
          isHeadline: true,
          kpi: {
            select: {
              code: true,
              nameNl: true,
              nameEn: true,
              plan: { select: { code: true } },
              stewards: { select: { organisation: { select: { code: true, nameNl: true, nameEn: true } } } },
            },
          },
        },
      },
    },
  });
  return rows
    .map((r) => ({
      status: r.status,
      kpi: { code: r.series.kpi.code, nameNl: r.series.kpi.nameNl, nameEn: r.series.kpi.nameEn },
      plan: r.series.kpi.plan.code,
      series: {
        key: r.series.key,
        labelNl: r.series.labelNl,
        labelEn: r.series.labelEn,
        isHeadline: r.series.isHeadline,
      },
      stewards: r.series.kpi.stewards.flatMap((s) => (s.organisation ? [s.organisation] : [])),
    }))
    .sort((a, b) => a.kpi.code.localeCompare(b.kpi.code) || a.series.key.localeCompare(b.series.key));
}

/** The plan's corrective actions open on a date (opened by then, not closed by then), oldest
 *  first, for the board deck and the board pack. */
export async function openCorrectiveActions(db: Reader, planId: number, until: Date) {
  const rows = await db.correctiveAction.findMany({
    where: {
      kpi: { planId },
      createdAt: { lte: until },
      OR: [{ closedAt: null }, { closedAt: { gt: until } }],
    },
    orderBy: { id: "asc" },
    select: {
      id: true,
      statusAtOpen: true,
      what: true,
      who: true,
      dueDate: true,
      expectedEffect: true,
      createdAt: true,
      kpi: { select: { code: true, nameNl: true, nameEn: true } },
      series: { select: { key: true, labelNl: true, labelEn: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    kpi: { code: r.kpi.code, name: { nl: r.kpi.nameNl, en: r.kpi.nameEn } },
    series: { key: r.series.key, label: { nl: r.series.labelNl, en: r.series.labelEn } },
    statusAtOpen: r.statusAtOpen,
    what: r.what,
    who: r.who,
    dueDate: r.dueDate.toISOString().slice(0, 10),
    expectedEffect: r.expectedEffect,
    openedAt: r.createdAt.toISOString().slice(0, 10),
  }));
}
