import type { KpiDetail } from "@boordtabel/api";

export interface ChartRow {
  period: string;
  actual?: number;
  provisional?: boolean;
  planned?: number;
  low?: number;
  high?: number;
  forecast?: number;
  target?: number;
  targetSource?: string;
}

/** One row per year (and per measured period) for the chart and its table. */
export function toChartRows(detail: KpiDetail): ChartRow[] {
  const rows = new Map<string, ChartRow>();
  const row = (period: string): ChartRow => rows.get(period) ?? rows.set(period, { period }).get(period)!;
  for (const p of detail.planned) Object.assign(row(p.period), { planned: p.planned, low: p.low, high: p.high });
  for (const o of detail.observations)
    Object.assign(row(o.period), { actual: o.value, provisional: o.status === "provisional" });
  for (const t of detail.targetPath?.targets ?? []) {
    if (t.value !== null) Object.assign(row(t.period), { target: t.value, targetSource: t.source });
  }
  for (const f of detail.forecast?.path ?? []) Object.assign(row(f.period), { forecast: f.value });
  return [...rows.values()].sort((a, b) => a.period.localeCompare(b.period));
}
