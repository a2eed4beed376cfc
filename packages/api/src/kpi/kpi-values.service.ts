import { DomainError } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import { chooseSeries } from "./kpi-detail.service.js";
import { loadObservations } from "./observations.js";
import { publishedValues } from "./series-values.js";

/** Every published value of the series a KPI page shows (as known today or at `asOf`), oldest
 *  first: the data table under the chart, loaded when it is opened, since the chart of a long
 *  series is sent thinned (`kpi.detail`'s `chart`). */
export async function getKpiValues(db: Db, input: { code: string; series?: string; asOf?: string }) {
  const kpi = await db.kpi.findUnique({
    where: { code: input.code },
    select: {
      series: { orderBy: { id: "asc" }, select: { id: true, key: true, isHeadline: true, valuesRevision: true } },
    },
  });
  if (!kpi) throw new DomainError("NOT_FOUND", "kpi.notFound", { code: input.code });
  const series = chooseSeries(kpi.series, input);
  const asOf = input.asOf ? new Date(`${input.asOf}T23:59:59.999Z`) : undefined;
  const values = asOf
    ? ((await loadObservations(db, [series.id], asOf)).get(series.id) ?? [])
    : await publishedValues(db, series);
  return { series: series.key, asOf: input.asOf ?? null, values };
}

export type KpiValues = Awaited<ReturnType<typeof getKpiValues>>;
