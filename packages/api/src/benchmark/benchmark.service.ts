import { DomainError, type benchmarkInputSchema } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import type { z } from "zod";
import { audited, type AuditActor } from "../audit.js";
import { kpiId } from "../lookups.js";

export function createBenchmark(db: Db, actor: AuditActor, input: z.infer<typeof benchmarkInputSchema>) {
  return audited(db, actor, { action: "benchmark.create", entityType: "benchmark" }, async (tx) => {
    const benchmark = await tx.benchmark.create({
      data: {
        kpiId: await kpiId(tx, input.kpi),
        entityCode: input.entityCode,
        entityNl: input.entityNl,
        entityEn: input.entityEn,
        period: input.period ?? null,
        value: input.value,
        sourceLabel: input.source,
        sourceUrl: input.sourceUrl ?? null,
        note: input.note ?? null,
      },
      select: { id: true, entityCode: true, period: true, value: true, sourceLabel: true },
    });
    const dto = { ...benchmark, value: benchmark.value.toNumber() };
    return { entityId: benchmark.id, after: dto, result: dto };
  });
}

export function deleteBenchmark(db: Db, actor: AuditActor, id: number) {
  return audited(db, actor, { action: "benchmark.delete", entityType: "benchmark" }, async (tx) => {
    const before = await tx.benchmark.findUnique({
      where: { id },
      select: { entityCode: true, period: true, value: true, sourceLabel: true },
    });
    if (!before) throw new DomainError("NOT_FOUND", "entity.notFound");
    await tx.benchmark.delete({ where: { id } });
    return { entityId: id, before: { ...before, value: before.value.toNumber() }, result: { id, deleted: true } };
  });
}
