import type { organisationInputSchema } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import type { z } from "zod";
import { audited, type AuditActor } from "../audit.js";

const organisationSelect = { code: true, nameNl: true, nameEn: true, kind: true } as const;

export function listOrganisations(db: Db) {
  return db.organisation.findMany({ orderBy: { code: "asc" }, select: organisationSelect });
}

export function saveOrganisation(db: Db, actor: AuditActor, input: z.infer<typeof organisationInputSchema>) {
  return audited(db, actor, { action: "organisation.save", entityType: "organisation" }, async (tx) => {
    const select = organisationSelect;
    const before = await tx.organisation.findUnique({ where: { code: input.code }, select });
    const after = await tx.organisation.upsert({ where: { code: input.code }, create: input, update: input, select });
    return { entityId: input.code, before, after, result: after };
  });
}
