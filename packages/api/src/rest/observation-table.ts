import { plannedValue, type Locale } from "@boordtabel/domain";
import type { KpiObservations } from "../kpi/kpi-export.service.js";
import { toEnginePath } from "../kpi/target-paths.js";
import type { Cell, Table } from "./spreadsheet.js";

/** The open-data CSV: one row per observation (a stable contract). */
export const CSV_COLUMNS = ["kpi", "series", "period", "value", "status", "source", "source_url", "comment"] as const;

/** The spreadsheet exports (CSV for Excel and XLSX): every row says what it measures, against
 *  which target and with which verdict, so a row read on its own is not misleading. */
export const SPREADSHEET_COLUMNS = [
  "kpi",
  "kpi_name",
  "unit",
  "frequency",
  "series",
  "period",
  "value",
  "value_status",
  "target",
  "status",
  "source",
  "source_url",
] as const;

export function csvTable(kpis: KpiObservations[]): Table {
  return {
    columns: CSV_COLUMNS,
    rows: kpis.flatMap((data) =>
      data.series.flatMap((s) =>
        s.observations.map((o) => [
          data.kpi.code,
          s.key,
          o.period,
          o.value,
          o.status,
          o.source,
          o.sourceUrl,
          o.comment,
        ]),
      ),
    ),
  };
}

/** The planned value, to one decimal more than the KPI shows: an interpolated 77.0079… would
 *  claim a precision that no target has. */
function planned(path: ReturnType<typeof toEnginePath>, period: string, decimals: number): number | null {
  const value = path ? plannedValue(path, period) : undefined;
  const scale = 10 ** (decimals + 1);
  return value === undefined ? null : Math.round(value * scale) / scale;
}

/** `target` is the planned value on the series' official path at that period (the target
 *  itself at a target period), empty where the path does not reach; `status` is the series'
 *  verdict today (or at `asOf`), repeated on each of its rows. */
export function spreadsheetTable(kpis: KpiObservations[], locale: Locale): Table {
  const rows: Cell[][] = [];
  const decimals: number[] = [];
  for (const data of kpis) {
    for (const s of data.series) {
      const path = toEnginePath(s.targetPath ?? undefined);
      for (const o of s.observations) {
        rows.push([
          data.kpi.code,
          data.kpi.name[locale],
          data.kpi.unit,
          data.kpi.frequency,
          s.key,
          o.period,
          o.value,
          o.status,
          planned(path, o.period, data.kpi.decimals),
          s.status,
          o.source,
          o.sourceUrl,
        ]);
        decimals.push(data.kpi.decimals);
      }
    }
  }
  return { columns: SPREADSHEET_COLUMNS, rows, decimals };
}
