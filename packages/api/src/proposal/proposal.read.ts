import { DomainError } from "@boordtabel/domain";
import type { Prisma } from "@boordtabel/db";
import type { Actor } from "../auth/actor.js";
import type { Reader } from "../transaction.js";
import { proposalSelect, readsOpenProposals, toProposalDto, type ProposalDto } from "./proposal.dto.js";

/** One proposal for a signed-in editor, reviewer or admin (the procedure's role gate). */
export async function proposalDetail(db: Reader, actor: Actor, id: number): Promise<ProposalDto> {
  const row = await db.targetProposal.findUnique({ where: { id }, select: proposalSelect });
  if (!row) throw new DomainError("NOT_FOUND", "proposal.notFound");
  return toProposalDto(row, actor);
}

/** Proposals, newest first, by KPI or by the organisation that stewards their KPI; open ones
 *  only with `open`. For the working lists of editors, reviewers and admins. */
export async function listProposals(
  db: Reader,
  actor: Actor,
  filter: { kpi?: string; organisation?: string; open?: boolean },
): Promise<ProposalDto[]> {
  const where: Prisma.TargetProposalWhereInput = {
    ...(filter.open ? { state: "OPEN" } : {}),
    series: {
      kpi: {
        ...(filter.kpi ? { code: filter.kpi } : {}),
        ...(filter.organisation ? { stewards: { some: { organisation: { code: filter.organisation } } } } : {}),
      },
    },
  };
  const rows = await db.targetProposal.findMany({ where, orderBy: { id: "desc" }, take: 200, select: proposalSelect });
  return rows.map((r) => toProposalDto(r, actor));
}

/** A KPI's proposals as its history shows them: decided ones to everyone; open ones only to those
 *  who read open proposals (`withEditors`: the app's editors too; the open data route leaves
 *  them out). NOT_FOUND for an unknown KPI. */
export async function kpiProposals(
  db: Reader,
  actor: Actor | null,
  code: string,
  withEditors: boolean,
): Promise<ProposalDto[]> {
  const kpi = await db.kpi.findUnique({ where: { code }, select: { id: true } });
  if (!kpi) throw new DomainError("NOT_FOUND", "kpi.notFound", { code });
  const rows = await db.targetProposal.findMany({
    where: {
      series: { kpiId: kpi.id },
      ...(readsOpenProposals(actor, withEditors) ? {} : { state: { not: "OPEN" } }),
    },
    orderBy: { id: "desc" },
    select: proposalSelect,
  });
  return rows.map((r) => toProposalDto(r, actor));
}
