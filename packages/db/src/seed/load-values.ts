import { parsePeriod } from "@boordtabel/domain";
import type { Prisma } from "../generated/prisma/client.js";
import { idOf, type CodeMap } from "./codes.js";
import type { ReferenceData } from "./read-seed.js";
import type { KpiSeed, SeriesSeed } from "./seed-schema.js";

type Tx = Prisma.TransactionClient;

interface Ids {
  kpis: CodeMap;
  members: Map<string, number>;
  plans: CodeMap;
}

const SEED_AUTHOR = "Referentiegegevens (prisma/seed)";

/** The series the KPI's targets and status are reported on: named in the seed, else the total. */
function headlineKey(kpi: KpiSeed): string {
  return (kpi.series.find((s) => s.isHeadline) ?? kpi.series.find((s) => s.key === "total") ?? kpi.series[0]!).key;
}

async function loadSeries(tx: Tx, kpi: KpiSeed, kpiId: number, ids: Ids): Promise<Map<string, number>> {
  const dimensionIds = await tx.dimension.findMany({
    where: { code: { in: kpi.dimensionCodes } },
    select: { id: true },
  });
  await tx.kpiDimension.createMany({
    data: dimensionIds.map((d) => ({ kpiId, dimensionId: d.id })),
    skipDuplicates: true,
  });
  await tx.series.createMany({
    data: kpi.series.map((s) => ({
      kpiId,
      key: s.key,
      isTotal: s.key === "total",
      isHeadline: s.key === headlineKey(kpi),
      frequency: s.frequency ?? kpi.frequency,
      labelNl: s.labelNl,
      labelEn: s.labelEn,
    })),
    skipDuplicates: true,
  });
  const rows = await tx.series.findMany({ where: { kpiId }, select: { id: true, key: true } });
  const series = new Map(rows.map((r) => [r.key, r.id]));
  await tx.seriesMember.createMany({
    data: kpi.series.flatMap((s) =>
      Object.entries(s.members).map(([d, m]) => ({
        seriesId: series.get(s.key)!,
        memberId: idOf(ids.members, `${d}=${m}`, "dimension member"),
      })),
    ),
    skipDuplicates: true,
  });
  return series;
}

async function loadObservations(tx: Tx, seed: SeriesSeed, seriesId: number, now: Date): Promise<void> {
  const existing = new Set(
    (await tx.measurement.findMany({ where: { seriesId }, select: { period: true } })).map((m) => m.period),
  );
  for (const o of seed.observations.filter((o) => !existing.has(o.period))) {
    const period = parsePeriod(o.period);
    const measurement = await tx.measurement.create({
      data: {
        seriesId,
        period: o.period,
        periodStart: period.start,
        periodEnd: period.end,
        versions: {
          create: {
            version: 1,
            value: o.value,
            status: o.status,
            workflow: "VALIDATED",
            sourceLabel: o.sourceLabel,
            sourceUrl: o.sourceUrl,
            comment: [o.comment, o.note].filter(Boolean).join(" ") || null,
            reason: SEED_AUTHOR,
            evidence: o.evidence,
            recordedAt: now,
            submittedAt: now,
            validatedAt: now,
          },
        },
      },
      select: { id: true, versions: { select: { id: true } } },
    });
    await tx.measurement.update({
      where: { id: measurement.id },
      data: { publishedVersionId: measurement.versions[0]!.id },
    });
  }
}

async function loadTargetRevisions(tx: Tx, seed: SeriesSeed, seriesId: number, now: Date): Promise<void> {
  if (seed.targetRevisions.length === 0 || (await tx.targetPath.count({ where: { seriesId } })) > 0) return;
  let currentId: number | null = null;
  for (const [index, revision] of seed.targetRevisions.entries()) {
    const isLast = index === seed.targetRevisions.length - 1;
    const path: { id: number } = await tx.targetPath.create({
      data: {
        seriesId,
        revision: index + 1,
        baselinePeriod: revision.baseline?.period ?? null,
        baselineValue: revision.baseline?.value ?? null,
        baselineSource: revision.baseline?.source ?? null,
        interpolation: revision.interpolation,
        justification: revision.justification,
        createdAt: now,
        supersededAt: isLast ? null : now,
        points: {
          create: revision.points.map((p) => ({
            period: p.period,
            periodEnd: parsePeriod(p.period).end,
            value: p.value,
            kind: p.kind,
            sourceLabel: p.sourceLabel,
            sourceUrl: p.sourceUrl,
            note: p.note,
            evidence: p.evidence,
          })),
        },
      },
      select: { id: true },
    });
    currentId = path.id;
  }
  await tx.series.update({ where: { id: seriesId }, data: { currentTargetPathId: currentId } });
}

async function loadBenchmarks(tx: Tx, kpi: KpiSeed, kpiId: number): Promise<void> {
  const existing = await tx.benchmark.findMany({ where: { kpiId }, select: { entityCode: true, period: true } });
  const has = (code: string, period: string | null): boolean =>
    existing.some((b) => b.entityCode === code && b.period === period);
  await tx.benchmark.createMany({
    data: kpi.benchmarks
      .filter((b) => !has(b.entityCode, b.period))
      .map((b) => ({ kpiId, ...b, evidence: b.evidence })),
  });
}

async function loadAnnotations(tx: Tx, data: ReferenceData, ids: Ids): Promise<void> {
  const existing = await tx.annotation.findMany({ select: { titleNl: true, date: true } });
  const has = (title: string, date: string): boolean =>
    existing.some((a) => a.titleNl === title && a.date.toISOString().slice(0, 10) === date);
  await tx.annotation.createMany({
    data: data.annotations
      .filter((a) => !has(a.titleNl, a.date))
      .map((a) => ({
        planId: idOf(ids.plans, a.planCode, "plan"),
        kpiId: a.kpiCode ? idOf(ids.kpis, a.kpiCode, "KPI") : null,
        date: new Date(`${a.date}T00:00:00Z`),
        kind: a.kind,
        titleNl: a.titleNl,
        titleEn: a.titleEn,
        sourceUrl: a.sourceUrl,
      })),
  });
}

export async function loadKpiValues(tx: Tx, data: ReferenceData, ids: Ids): Promise<void> {
  const now = new Date();
  for (const kpi of data.kpis) {
    const kpiId = idOf(ids.kpis, kpi.code, "KPI");
    const series = await loadSeries(tx, kpi, kpiId, ids);
    for (const s of kpi.series) {
      const seriesId = series.get(s.key)!;
      await loadObservations(tx, s, seriesId, now);
      await loadTargetRevisions(tx, s, seriesId, now);
    }
    await loadBenchmarks(tx, kpi, kpiId);
  }
  await loadAnnotations(tx, data, ids);
}
