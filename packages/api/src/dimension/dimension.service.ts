import type { Db } from "@boordtabel/db";
import { audited, type AuditActor } from "../audit.js";

export function listDimensions(db: Db) {
  return db.dimension.findMany({
    orderBy: { code: "asc" },
    select: {
      code: true,
      nameNl: true,
      nameEn: true,
      members: { orderBy: { sortOrder: "asc" }, select: { code: true, nameNl: true, nameEn: true } },
    },
  });
}

export interface DimensionInput {
  code: string;
  nameNl: string;
  nameEn: string;
  members: { code: string; nameNl: string; nameEn: string }[];
}

/** A disaggregation (sex, age group, …) with its members; members are added, never removed. */
export function saveDimension(db: Db, actor: AuditActor, input: DimensionInput) {
  return audited(db, actor, { action: "dimension.save", entityType: "dimension" }, async (tx) => {
    const dimension = await tx.dimension.upsert({
      where: { code: input.code },
      create: { code: input.code, nameNl: input.nameNl, nameEn: input.nameEn },
      update: { nameNl: input.nameNl, nameEn: input.nameEn },
      select: { id: true },
    });
    for (const [index, m] of input.members.entries()) {
      await tx.dimensionMember.upsert({
        where: { dimensionId_code: { dimensionId: dimension.id, code: m.code } },
        create: { dimensionId: dimension.id, ...m, sortOrder: index },
        update: { nameNl: m.nameNl, nameEn: m.nameEn },
      });
    }
    return { entityId: input.code, after: input, result: { code: input.code, members: input.members.length } };
  });
}
