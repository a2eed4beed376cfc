import { assessmentFieldsSelect } from "./engine-adapter.js";
import { comparePeriods, DomainError } from "@boordtabel/domain";
import type { Db, Prisma } from "@boordtabel/db";
import { bilingual, optionalBilingual } from "../dto.js";
import { judgedOn, toOpenDataStatus } from "./open-data-series.js";
import { benchmarkSelect, targetPathSelect, toBenchmarkDto, type TargetPathDto } from "./kpi.selects.js";
import { loadObservations, type Observation } from "./observations.js";
import { publishedValuesJson } from "./series-values.js";
import { storedAssessmentSelect, storedBySeries, storedOrAssessed, type AssessedSeries } from "./stored-assessments.js";
import { currentPaths, loadTargetPaths } from "./target-paths.js";

const kpiExportSelect = {
  id: true,
  code: true,
  nameNl: true,
  nameEn: true,
  definitionNl: true,
  definitionEn: true,
  ...assessmentFieldsSelect,
  publicationLagMonths: true,
  unitLabel: true,
  sourceText: true,
  plan: { select: { code: true } },
  series: {
    orderBy: { id: "asc" },
    select: {
      id: true,
      key: true,
      labelNl: true,
      labelEn: true,
      frequency: true,
      isHeadline: true,
      valuesRevision: true,
      members: { select: { member: { select: { code: true, dimension: { select: { code: true } } } } } },
      // Today's export takes the path in force and the stored verdict from this read.
      targetPaths: { where: { supersededAt: null }, select: targetPathSelect, orderBy: { revision: "desc" }, take: 1 },
      status: { select: storedAssessmentSelect },
    },
  },
  benchmarks: { select: benchmarkSelect, orderBy: { id: "asc" } },
} satisfies Prisma.KpiSelect;

type KpiExportRow = Prisma.KpiGetPayload<{ select: typeof kpiExportSelect }>;

/** End of the as-of day: what had been published by then counts. */
const asOfMoment = (asOf: string | undefined) => (asOf ? new Date(`${asOf}T23:59:59.999Z`) : undefined);

/** Published observations, target paths (as known today or at `asOf`) and status of every
 *  series of the given KPIs: one more query (two as of a date) whatever their number. */
async function toKpiExports(db: Db, kpis: KpiExportRow[], asOf: string | undefined) {
  const seriesIds = kpis.flatMap((k) => k.series.map((s) => s.id));
  const allSeries = kpis.flatMap((k) => k.series);
  const [observations, paths] = await Promise.all([
    loadObservations(db, seriesIds, asOfMoment(asOf)),
    asOf === undefined ? currentPaths(allSeries) : loadTargetPaths(db, seriesIds, asOfMoment(asOf)),
  ]);
  // Today's export (no asOf, so judged on today) uses the stored verdicts read with the KPIs; an
  // as-of export, even one dated today or later, computes them from the values known then.
  const stored = asOf === undefined ? storedBySeries(allSeries) : new Map<number, AssessedSeries>();
  return kpis.map((kpi) => toKpiExport(kpi, { observations, paths, stored, asOf }));
}

/** One KPI's export from what toKpiExports read: every series with its observations last. */
function toKpiExport(
  kpi: KpiExportRow,
  read: {
    observations: Map<number, Observation[]>;
    paths: Map<number, TargetPathDto>;
    stored: Map<number, AssessedSeries>;
    asOf: string | undefined;
  },
) {
  const { observations, paths, stored, asOf } = read;
  const series = kpi.series.map((s) => {
    const values = [...(observations.get(s.id) ?? [])].sort((a, b) => comparePeriods(a.period, b.period));
    const targetPath = paths.get(s.id) ?? null;
    return {
      key: s.key,
      label: bilingual(s.labelNl, s.labelEn),
      members: Object.fromEntries(s.members.map((m) => [m.member.dimension.code, m.member.code])),
      frequency: s.frequency.toLowerCase(),
      headline: s.isHeadline,
      targetPath,
      ...toOpenDataStatus(
        storedOrAssessed(stored.get(s.id), kpi, values, targetPath, { frequency: s.frequency, ...judgedOn(asOf) }),
      ),
      // Every field a published observation has (period, value, status, source, sourceUrl,
      // comment, breakInSeries, and what later versions add) is open data.
      observations: values,
    };
  });
  const seriesKey = new Map(kpi.series.map((s) => [s.id, s.key]));
  const headline = series.find((s) => s.headline);
  return {
    kpi: {
      code: kpi.code,
      plan: kpi.plan.code,
      name: bilingual(kpi.nameNl, kpi.nameEn),
      definition: optionalBilingual(kpi.definitionNl, kpi.definitionEn),
      unit: kpi.unit.toLowerCase(),
      unitLabel: kpi.unitLabel,
      decimals: kpi.decimals,
      direction: kpi.direction.toLowerCase(),
      frequency: kpi.frequency.toLowerCase(),
      publicationLagMonths: kpi.publicationLagMonths,
      headlineSeries: headline?.key ?? null,
      // The KPI's status is its headline series' status.
      status: headline?.status ?? ("NO_DATA" as const),
      source: kpi.sourceText,
    },
    asOf: asOf ?? null,
    // The headline series carries the KPI's targets (the total where there is no headline).
    targetPath: (headline ?? series.find((s) => s.key === "total"))?.targetPath ?? null,
    benchmarks: kpi.benchmarks.map((b) => toBenchmarkDto(b, seriesKey)),
    series,
  };
}

type KpiExport = ReturnType<typeof toKpiExport>;

async function readKpi(db: Db, code: string): Promise<KpiExportRow> {
  const kpi = await db.kpi.findUnique({ where: { code }, select: kpiExportSelect });
  if (!kpi) throw new DomainError("NOT_FOUND", "kpi.notFound", { code });
  return kpi;
}

/** Every published observation of a KPI, per series, with its target paths and benchmarks:
 *  the open-data export, as known today or at the end of `asOf` (YYYY-MM-DD). Two queries
 *  today, three as of a date, whatever the KPI's size. */
export async function getKpiObservations(db: Db, code: string, asOf?: string) {
  const [data] = await toKpiExports(db, [await readKpi(db, code)], asOf);
  return data!;
}

/** The same export as the bytes sent: the UTF-8 of `JSON.stringify(getKpiObservations(…))`.
 *  Today's, when every series has a stored verdict, takes its observations as the JSON
 *  PostgreSQL writes (observations-json.ts), kept while the series' values stand
 *  (series-values.ts), instead of building and serialising a few thousand objects. */
export async function getKpiObservationsJson(db: Db, code: string, asOf?: string): Promise<Buffer> {
  if (asOf !== undefined) return Buffer.from(JSON.stringify(await getKpiObservations(db, code, asOf)));
  const kpi = await readKpi(db, code);
  const stored = storedBySeries(kpi.series);
  const ids = kpi.series.map((s) => s.id);
  if (!ids.every((id) => stored.has(id)))
    return Buffer.from(JSON.stringify((await toKpiExports(db, [kpi], undefined))[0]));
  const rendered = await publishedValuesJson(db, kpi.series);
  const exported = toKpiExport(kpi, { observations: new Map(), paths: currentPaths(kpi.series), stored, asOf });
  return withObservations(
    exported,
    ids.map((id) => rendered.get(id) ?? NONE),
  );
}

const NO_OBSERVATIONS = ',"observations":[]}';
const NONE = Buffer.from("[]");

/** An export built without observations, as JSON with each series' observations (JSON bytes, in
 *  the order of `exported.series`) put in: `observations` is the last key of a series, and
 *  `series` the last of the export, so the keys keep the order `JSON.stringify` gives. */
function withObservations(exported: KpiExport, observations: Buffer[]): Buffer {
  const { series, ...head } = exported;
  const parts: (string | Buffer)[] = [`${JSON.stringify(head).slice(0, -1)},"series":[`];
  series.forEach((s, i) => {
    const text = JSON.stringify(s);
    if (!text.endsWith(NO_OBSERVATIONS)) throw new Error("An export series must end with its observations.");
    parts.push(`${i > 0 ? "," : ""}${text.slice(0, -"[]}".length)}`, observations[i]!, "}");
  });
  parts.push("]}");
  return Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p) : p)));
}

/** The same export for every (non-archived) KPI of a plan, in the plan's order. Three queries
 *  today, four as of a date, whatever the plan's size. */
export async function getPlanObservations(db: Db, code: string, asOf?: string) {
  const plan = await db.plan.findUnique({ where: { code }, select: { id: true, code: true } });
  if (!plan) throw new DomainError("NOT_FOUND", "plan.notFound", { code });
  const kpis = await db.kpi.findMany({
    where: { planId: plan.id, archivedAt: null },
    orderBy: { sortOrder: "asc" },
    select: kpiExportSelect,
  });
  return { plan: plan.code, asOf: asOf ?? null, kpis: await toKpiExports(db, kpis, asOf) };
}

export type KpiObservations = Awaited<ReturnType<typeof getKpiObservations>>;
export type PlanObservations = Awaited<ReturnType<typeof getPlanObservations>>;
