import { assertUnitRange, DomainError, type benchmarkInputSchema } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import type { z } from "zod";
import { audited } from "../audit.js";
import type { Actor } from "../auth/actor.js";
import { writableKpi } from "../auth/editor-scope.js";

/** A comparator value for a KPI in its unit's range, by an actor whose scope holds the KPI. */
export function createBenchmark(db: Db, actor: Actor, input: z.infer<typeof benchmarkInputSchema>) {
  return audited(db, actor, { action: "benchmark.create", entityType: "benchmark" }, async (tx) => {
    const kpi = await writableKpi(tx, actor, { code: input.kpi });
    assertUnitRange(kpi, [{ field: "value", value: input.value }]);
    const benchmark = await tx.benchmark.create({
      data: {
        kpiId: kpi.id,
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

export function deleteBenchmark(db: Db, actor: Actor, id: number) {
  return audited(db, actor, { action: "benchmark.delete", entityType: "benchmark" }, async (tx) => {
    const before = await tx.benchmark.findUnique({
      where: { id },
      select: { kpiId: true, entityCode: true, period: true, value: true, sourceLabel: true },
    });
    if (!before) throw new DomainError("NOT_FOUND", "entity.notFound");
    const { kpiId, ...kept } = before;
    await writableKpi(tx, actor, { id: kpiId });
    await tx.benchmark.delete({ where: { id } });
    return { entityId: id, before: { ...kept, value: kept.value.toNumber() }, result: { id, deleted: true } };
  });
}
