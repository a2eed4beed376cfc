import { DomainError, type CorrectiveActionOpenInput } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import { audited, writeAudit } from "../audit.js";
import type { Actor } from "../auth/actor.js";
import { writableKpi } from "../auth/editor-scope.js";
import { refreshStoredVerdicts, seriesOfKpis } from "../kpi/stored-verdicts.js";
import { locateSeries } from "../measurement/locate.js";
import type { Tx } from "../transaction.js";
import { correctiveActionSelect, toCorrectiveActionDto } from "./corrective-action.dto.js";

async function loadAction(tx: Tx, id: number) {
  const row = await tx.correctiveAction.findUnique({
    where: { id },
    select: { ...correctiveActionSelect, kpiId: true },
  });
  if (!row) throw new DomainError("NOT_FOUND", "correctiveAction.notFound");
  return row;
}

/** The steward (an editor with the KPI in scope) records the extra effort for a series; one open
 *  action per series. */
export async function openCorrectiveAction(db: Db, actor: Actor, input: CorrectiveActionOpenInput) {
  return db.$transaction(async (tx) => {
    const { kpi, seriesId } = await locateSeries(tx, actor, input.kpi, input.series);
    const open = await tx.correctiveAction.findFirst({ where: { seriesId, closedAt: null }, select: { id: true } });
    if (open) throw new DomainError("CONFLICT", "correctiveAction.alreadyOpen");
    const status = await tx.seriesStatus.findUnique({ where: { seriesId }, select: { status: true } });
    const { id } = await tx.correctiveAction.create({
      data: {
        kpiId: kpi.id,
        seriesId,
        statusAtOpen: status?.status ?? "NO_DATA",
        what: input.what,
        who: input.who,
        dueDate: new Date(`${input.dueDate}T00:00:00Z`),
        expectedEffect: input.expectedEffect,
        authorId: actor.id,
      },
      select: { id: true },
    });
    const after = toCorrectiveActionDto(await loadAction(tx, id), actor);
    await writeAudit(tx, actor, {
      action: "correctiveAction.open",
      entityType: "corrective_action",
      entityId: id,
      after,
    });
    return after;
  });
}

/** A reviewer follows an open action up with a comment. */
export async function commentCorrectiveAction(db: Db, actor: Actor, input: { id: number; body: string }) {
  return db.$transaction(async (tx) => {
    const action = await loadAction(tx, input.id);
    if (action.closedAt) throw new DomainError("CONFLICT", "correctiveAction.closed");
    await tx.correctiveActionComment.create({ data: { actionId: input.id, body: input.body, authorId: actor.id } });
    await writeAudit(tx, actor, {
      action: "correctiveAction.comment",
      entityType: "corrective_action",
      entityId: input.id,
      after: { body: input.body },
    });
    return toCorrectiveActionDto(await loadAction(tx, input.id), actor);
  });
}

/** The steward (or an admin) closes an action with its outcome. */
export async function closeCorrectiveAction(db: Db, actor: Actor, input: { id: number; outcome: string }) {
  return db.$transaction(async (tx) => {
    const action = await loadAction(tx, input.id);
    await writableKpi(tx, actor, { id: action.kpiId });
    if (action.closedAt) throw new DomainError("CONFLICT", "correctiveAction.closed");
    await tx.correctiveAction.update({
      where: { id: input.id },
      data: { closedAt: new Date(), closedById: actor.id, outcome: input.outcome },
    });
    const after = toCorrectiveActionDto(await loadAction(tx, input.id), actor);
    await writeAudit(tx, actor, {
      action: "correctiveAction.close",
      entityType: "corrective_action",
      entityId: input.id,
      before: { closedAt: null },
      after: { closedAt: after.closedAt, outcome: after.outcome },
    });
    return after;
  });
}

/** An admin decides whether AT_RISK, too, puts a KPI's series on "Bijsturing nodig". */
export function setAtRiskRule(db: Db, actor: Actor, input: { kpi: string; atRiskNeedsAction: boolean }) {
  return audited(db, actor, { action: "correctiveAction.setRule", entityType: "kpi" }, async (tx) => {
    const before = await tx.kpi.findUnique({ where: { code: input.kpi }, select: { atRiskNeedsAction: true } });
    if (!before) throw new DomainError("NOT_FOUND", "kpi.notFound", { code: input.kpi });
    const { id, ...after } = await tx.kpi.update({
      where: { code: input.kpi },
      data: { atRiskNeedsAction: input.atRiskNeedsAction },
      select: { id: true, code: true, atRiskNeedsAction: true },
    });
    // The verdicts stay, but an AT_RISK series may now need action: its steward hears of it.
    await refreshStoredVerdicts(tx, await seriesOfKpis(tx, [id]));
    return { entityId: input.kpi, before, after, result: after };
  });
}
