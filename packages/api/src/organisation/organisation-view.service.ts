import { DomainError } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import { audited } from "../audit.js";
import type { Actor } from "../auth/actor.js";
import { listCorrectiveActions } from "../corrective-action/corrective-action.read.js";
import { toTargetPathDto, targetPathSelect } from "../kpi/kpi.selects.js";
import { readsOpenProposals } from "../proposal/proposal.dto.js";
import { listProposals } from "../proposal/proposal.read.js";
import type { Reader } from "../transaction.js";

/** An organisation's page: the KPIs it stewards with their headline status and target path, its
 *  open proposals (for the cycle's roles), its open corrective actions and the commitments it is
 *  responsible for. */
export async function organisationView(db: Reader, actor: Actor | null, code: string) {
  const organisation = await db.organisation.findUnique({
    where: { code },
    select: { id: true, code: true, nameNl: true, nameEn: true },
  });
  if (!organisation) throw new DomainError("NOT_FOUND", "organisation.notFound", { code });
  const [kpis, commitments, proposals, actions] = await Promise.all([
    db.kpi.findMany({
      where: { archivedAt: null, stewards: { some: { organisationId: organisation.id } } },
      orderBy: [{ planId: "asc" }, { sortOrder: "asc" }],
      select: {
        code: true,
        nameNl: true,
        nameEn: true,
        unit: true,
        plan: { select: { code: true } },
        series: {
          where: { isHeadline: true },
          select: {
            key: true,
            status: { select: { status: true } },
            currentTargetPath: { select: targetPathSelect },
          },
        },
      },
    }),
    db.commitmentActor.findMany({
      where: { organisationId: organisation.id, role: "RESPONSIBLE" },
      orderBy: { commitment: { sortOrder: "asc" } },
      distinct: ["commitmentId"],
      select: {
        commitment: {
          select: {
            code: true,
            titleNl: true,
            titleEn: true,
            status: true,
            deadline: true,
            plan: { select: { code: true } },
          },
        },
      },
    }),
    actor && readsOpenProposals(actor, true) ? listProposals(db, actor, { organisation: code, open: true }) : [],
    listCorrectiveActions(db, actor, { organisation: code }),
  ]);
  return {
    organisation: { code: organisation.code, nameNl: organisation.nameNl, nameEn: organisation.nameEn },
    kpis: kpis.map((k) => {
      const headline = k.series[0];
      return {
        code: k.code,
        nameNl: k.nameNl,
        nameEn: k.nameEn,
        unit: k.unit.toLowerCase(),
        plan: k.plan.code,
        status: headline?.status?.status ?? null,
        targets: toTargetPathDto(headline?.currentTargetPath ?? null)?.targets ?? [],
      };
    }),
    commitments: commitments.map(({ commitment: c }) => ({
      code: c.code,
      titleNl: c.titleNl,
      titleEn: c.titleEn,
      status: c.status,
      deadline: c.deadline?.toISOString().slice(0, 10) ?? null,
      plan: c.plan.code,
    })),
    openProposals: proposals,
    correctiveActions: actions,
  };
}

/** An admin sets the organisation a user belongs to (a reviewer's positions speak for it). */
export function assignUserOrganisation(db: Db, actor: Actor, input: { userId: string; organisation: string | null }) {
  return audited(db, actor, { action: "user.setOrganisation", entityType: "user" }, async (tx) => {
    const select = { organisation: { select: { code: true } } } as const;
    const before = await tx.user.findUnique({ where: { id: input.userId }, select });
    if (!before) throw new DomainError("NOT_FOUND", "entity.notFound");
    const org = input.organisation
      ? await tx.organisation.findUnique({ where: { code: input.organisation }, select: { id: true } })
      : null;
    if (input.organisation && !org)
      throw new DomainError("NOT_FOUND", "organisation.notFound", { code: input.organisation });
    await tx.user.update({ where: { id: input.userId }, data: { organisationId: org?.id ?? null } });
    const after = { organisation: input.organisation };
    return {
      entityId: input.userId,
      before: { organisation: before.organisation?.code ?? null },
      after,
      result: { userId: input.userId, ...after },
    };
  });
}
