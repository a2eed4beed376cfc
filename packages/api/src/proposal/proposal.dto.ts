import type { Prisma } from "@boordtabel/db";
import type { DecisionOutcome, PositionStanceName } from "@boordtabel/domain";
import type { Actor } from "../auth/actor.js";

const num = (d: Prisma.Decimal | null): number | null => (d === null ? null : Number(d));

export const STANCE_FROM_DB = {
  AGREE: "agree",
  AGREE_WITH_RESERVATION: "agreeWithReservation",
  DISAGREE: "disagree",
} as const satisfies Record<string, PositionStanceName>;
export const STANCE_TO_DB = {
  agree: "AGREE",
  agreeWithReservation: "AGREE_WITH_RESERVATION",
  disagree: "DISAGREE",
} as const;
export const STATE_FROM_DB = {
  OPEN: "open",
  ADOPTED: "adopted",
  ADOPTED_AMENDED: "adoptedAmended",
  REJECTED: "rejected",
} as const satisfies Record<string, DecisionOutcome | "open">;
export const OUTCOME_TO_DB = { adopted: "ADOPTED", adoptedAmended: "ADOPTED_AMENDED", rejected: "REJECTED" } as const;
export type ProposalStateName = (typeof STATE_FROM_DB)[keyof typeof STATE_FROM_DB];

const organisationSelect = { code: true, nameNl: true, nameEn: true } as const;

export const proposalSelect = {
  id: true,
  state: true,
  baselinePeriod: true,
  baselineValue: true,
  interpolation: true,
  tolerance: true,
  targets: true,
  justification: true,
  capacityAssumption: true,
  budgetAssumption: true,
  createdAt: true,
  decisionDate: true,
  decisionReference: true,
  decisionNote: true,
  decidedAt: true,
  author: { select: { name: true } },
  decidedBy: { select: { name: true } },
  targetPath: { select: { revision: true } },
  series: {
    select: { key: true, labelNl: true, labelEn: true, kpi: { select: { code: true, nameNl: true, nameEn: true } } },
  },
  positions: {
    orderBy: { createdAt: "asc" },
    select: {
      stance: true,
      body: true,
      createdAt: true,
      supersededAt: true,
      author: { select: { name: true } },
      organisation: { select: organisationSelect },
    },
  },
} satisfies Prisma.TargetProposalSelect;

type ProposalRow = Prisma.TargetProposalGetPayload<{ select: typeof proposalSelect }>;

export interface ProposalTargetDto {
  period: string;
  value: number;
  kind: "target" | "milestone" | "indicative";
}

/** A proposal as its readers see it: the proposed path, the current position of every
 *  organisation with a summary, the earlier positions, and the decision. Names of people are
 *  shown to signed-in readers only; the public sees organisations. */
export function toProposalDto(row: ProposalRow, actor: Actor | null) {
  const person = (u: { name: string } | null) => (actor && u ? u.name : null);
  const position = (p: ProposalRow["positions"][number]) => ({
    organisation: p.organisation,
    stance: STANCE_FROM_DB[p.stance],
    body: p.body,
    at: p.createdAt.toISOString(),
    supersededAt: p.supersededAt?.toISOString() ?? null,
    author: person(p.author),
  });
  const current = row.positions.filter((p) => p.supersededAt === null).map(position);
  const summary = { agree: 0, agreeWithReservation: 0, disagree: 0 };
  for (const p of current) summary[p.stance] += 1;
  return {
    id: row.id,
    kpi: row.series.kpi,
    series: { key: row.series.key, labelNl: row.series.labelNl, labelEn: row.series.labelEn },
    state: STATE_FROM_DB[row.state],
    baseline: row.baselinePeriod === null ? null : { period: row.baselinePeriod, value: num(row.baselineValue) },
    interpolation: row.interpolation.toLowerCase() as "linear" | "step",
    tolerance: num(row.tolerance),
    targets: row.targets as unknown as ProposalTargetDto[],
    justification: row.justification,
    capacityAssumption: row.capacityAssumption,
    budgetAssumption: row.budgetAssumption,
    createdAt: row.createdAt.toISOString(),
    author: person(row.author),
    positions: current,
    earlierPositions: row.positions.filter((p) => p.supersededAt !== null).map(position),
    summary,
    decision:
      row.state === "OPEN"
        ? null
        : {
            outcome: STATE_FROM_DB[row.state],
            date: row.decisionDate!.toISOString().slice(0, 10),
            reference: row.decisionReference,
            note: row.decisionNote,
            decidedBy: person(row.decidedBy),
            targetRevision: row.targetPath?.revision ?? null,
          },
  };
}
export type ProposalDto = ReturnType<typeof toProposalDto>;

/** Who reads open proposals: reviewers and admins (who weigh them) and editors (who make them). */
export const readsOpenProposals = (actor: Actor | null, withEditors: boolean): boolean =>
  actor?.role === "ADMIN" || actor?.role === "REVIEWER" || (withEditors && actor?.role === "EDITOR");
