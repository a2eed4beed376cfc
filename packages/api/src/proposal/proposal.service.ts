import {
  assertUnitRange,
  DomainError,
  pathPoints,
  type DecisionInput,
  type PositionInput,
  type ProposalCreateInput,
  type Unit,
} from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import { writeAudit } from "../audit.js";
import type { Actor } from "../auth/actor.js";
import { locateSeries } from "../measurement/locate.js";
import { notify, recipients } from "../notification/notify.js";
import { writeTargetRevision } from "../target/target.service.js";
import type { Tx } from "../transaction.js";
import { OUTCOME_TO_DB, proposalSelect, STANCE_TO_DB, toProposalDto } from "./proposal.dto.js";

async function loadProposal(tx: Tx, id: number) {
  const row = await tx.targetProposal.findUnique({ where: { id }, select: { ...proposalSelect, seriesId: true } });
  if (!row) throw new DomainError("NOT_FOUND", "proposal.notFound");
  return row;
}

/** An editor proposes a target path for a series of a KPI in their scope (`locateSeries`). The
 *  proposal is checked like a revision but stored apart: it changes no path and no status. */
export async function createProposal(db: Db, actor: Actor, input: ProposalCreateInput) {
  pathPoints({ baseline: input.baseline, targets: input.targets.map((t) => ({ ...t, source: "proposal" })) });
  return db.$transaction(async (tx) => {
    const { kpi, seriesId } = await locateSeries(tx, actor, input.kpi, input.series);
    assertUnitRange({ unit: kpi.unit as Unit, kind: kpi.kind }, [
      ...(input.baseline ? [{ field: "baseline.value", value: input.baseline.value }] : []),
      ...input.targets.map((t, i) => ({ field: `targets.${i}.value`, value: t.value })),
    ]);
    const { id } = await tx.targetProposal.create({
      data: {
        seriesId,
        baselinePeriod: input.baseline?.period ?? null,
        baselineValue: input.baseline?.value ?? null,
        interpolation: input.interpolation === "step" ? "STEP" : "LINEAR",
        tolerance: input.tolerance ?? null,
        targets: input.targets,
        justification: input.justification,
        capacityAssumption: input.capacityAssumption ?? null,
        budgetAssumption: input.budgetAssumption ?? null,
        authorId: actor.id,
      },
      select: { id: true },
    });
    const after = toProposalDto(await loadProposal(tx, id), actor);
    await writeAudit(tx, actor, { action: "proposal.create", entityType: "target_proposal", entityId: id, after });
    await notify(tx, {
      kind: "proposalAwaitingPosition",
      userIds: await recipients(tx, { role: "reviewer" }),
      params: { kpiCode: kpi.code, kpiName: after.kpi.nameNl, kpiNameEn: after.kpi.nameEn },
      link: `/voorstellen/${id}`,
      actorId: actor.id,
    });
    return after;
  });
}

/** The organisation a position speaks for: a reviewer's own; an admin names one (or their own). */
async function positionOrganisation(tx: Tx, actor: Actor, named: string | undefined): Promise<number> {
  const user = await tx.user.findUnique({
    where: { id: actor.id },
    select: { organisation: { select: { id: true, code: true } } },
  });
  const own = user?.organisation ?? null;
  if (named && actor.role === "ADMIN") {
    const org = await tx.organisation.findUnique({ where: { code: named }, select: { id: true } });
    if (!org) throw new DomainError("NOT_FOUND", "organisation.notFound", { code: named });
    return org.id;
  }
  if (!own) throw new DomainError("FORBIDDEN", "proposal.noOrganisation");
  if (named && named !== own.code) throw new DomainError("FORBIDDEN", "proposal.otherOrganisation");
  return own.id;
}

/** A reviewer records their organisation's position; the previous one is kept, superseded. */
export async function takePosition(db: Db, actor: Actor, input: PositionInput) {
  const body = input.body?.trim() || null;
  if (input.stance !== "agree" && !body)
    throw new DomainError("BAD_INPUT", "proposal.bodyRequired", {}, [
      { field: "body", messageKey: "proposal.bodyRequired" },
    ]);
  return db.$transaction(async (tx) => {
    const proposal = await loadProposal(tx, input.id);
    if (proposal.state !== "OPEN") throw new DomainError("CONFLICT", "proposal.decided");
    const organisationId = await positionOrganisation(tx, actor, input.organisation);
    const now = new Date();
    const superseded = await tx.proposalPosition.updateMany({
      where: { proposalId: input.id, organisationId, supersededAt: null },
      data: { supersededAt: now },
    });
    await tx.proposalPosition.create({
      data: {
        proposalId: input.id,
        organisationId,
        stance: STANCE_TO_DB[input.stance],
        body,
        authorId: actor.id,
        createdAt: now,
      },
    });
    const after = toProposalDto(await loadProposal(tx, input.id), actor);
    await writeAudit(tx, actor, {
      action: "proposal.position",
      entityType: "target_proposal",
      entityId: input.id,
      after: { stance: input.stance, body, replaced: superseded.count > 0 },
    });
    return after;
  });
}

const startOfUtcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** An admin records the board's decision. Adoption writes the (amended) path as a new target
 *  revision through the one door for target writes, known from the decision date, so an
 *  "as known on" view before that date keeps the previous target. */
export async function decideProposal(db: Db, actor: Actor, input: DecisionInput) {
  const decisionDate = startOfUtcDay(input.decisionDate);
  if (decisionDate.getTime() > Date.now()) throw new DomainError("BAD_INPUT", "proposal.futureDecision");
  if (input.outcome === "adoptedAmended" && !input.targets)
    throw new DomainError("BAD_INPUT", "proposal.amendedTargets");
  return db.$transaction(async (tx) => {
    const proposal = await loadProposal(tx, input.id);
    if (proposal.state !== "OPEN") throw new DomainError("CONFLICT", "proposal.decided");
    let targetPathId: number | null = null;
    if (input.outcome !== "rejected") {
      const located = await locateSeries(tx, actor, proposal.series.kpi.code, proposal.series.key);
      const targets = input.outcome === "adoptedAmended" ? input.targets! : toProposalDto(proposal, actor).targets;
      const { id } = await writeTargetRevision(
        tx,
        actor,
        located,
        {
          kpi: proposal.series.kpi.code,
          series: proposal.series.key,
          baseline:
            proposal.baselinePeriod === null
              ? undefined
              : { period: proposal.baselinePeriod, value: Number(proposal.baselineValue), source: input.reference },
          targets: targets.map((t) => ({ ...t, source: input.reference })),
          interpolation: proposal.interpolation === "STEP" ? "step" : "linear",
          tolerance: proposal.tolerance === null ? undefined : Number(proposal.tolerance),
          justification: `${proposal.justification}\n\n${input.reference}`,
        },
        { knownSince: decisionDate },
      );
      targetPathId = id;
    }
    await tx.targetProposal.update({
      where: { id: input.id },
      data: {
        state: OUTCOME_TO_DB[input.outcome],
        decisionDate,
        decisionReference: input.reference,
        decisionNote: input.note ?? null,
        decidedById: actor.id,
        decidedAt: new Date(),
        targetPathId,
      },
    });
    const after = toProposalDto(await loadProposal(tx, input.id), actor);
    await writeAudit(tx, actor, {
      action: "proposal.decide",
      entityType: "target_proposal",
      entityId: input.id,
      after: after.decision,
      reason: input.reference,
    });
    return after;
  });
}
