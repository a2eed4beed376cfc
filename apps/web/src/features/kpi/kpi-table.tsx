import type { KpiDetail } from "@boordtabel/api";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../components/query-state";
import { useTRPC } from "../../lib/trpc";
import { periodText, valueText } from "../../lib/format";
import { toChartRows, type ChartRow } from "./to-chart-rows";
import { ValueHistory } from "./value-history";
import { SourceLink } from "../../components/source-link";
import { ValueSource } from "../../components/value-source";
import { labelKey } from "../../i18n/keys";
import { useLanguage } from "../../lib/use-language";
import { scrollRegion } from "../../components/table-scroll";

/** On paper the table keeps its last rows (styles.css), so one KPI fits on one A4 page. */
const PRINTED_ROWS = 12;

/** The chart's data as an accessible table — every value, never thinned — with the planned
 *  path, target and benchmark columns and each value's version history. When the chart was sent
 *  thinned (a long series), the table says so and loads every value when it is opened. */
export function KpiTable({ rows, detail }: { rows: ChartRow[]; detail: KpiDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const v = (value: number | undefined) => valueText(value, detail.kpi.unit, detail.kpi.decimals, language);
  const benchmarks = detail.benchmarks.filter((b) => b.series === detail.selectedSeries);
  return (
    <section aria-labelledby="table-heading">
      <h2 id="table-heading">{t("kpi.table")}</h2>
      {detail.chart.thinned ? <AllValues detail={detail} /> : <ValuesTable rows={rows} detail={detail} />}
      {benchmarks.length > 0 && (
        <table className="data-table benchmark-table">
          <caption>{t("kpi.benchmarks")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("kpi.benchmark")}</th>
              <th scope="col">{t("kpi.period")}</th>
              <th scope="col">{t("kpi.actual")}</th>
              <th scope="col">{t("kpi.source")}</th>
            </tr>
          </thead>
          <tbody>
            {benchmarks.map((b) => (
              <tr key={`${b.entity}-${b.period}`} data-benchmark={b.entity}>
                <th scope="row">{b.name[language]}</th>
                <td data-label={t("kpi.period")}>{b.period ?? t("kpi.noYear")}</td>
                <td className="number" data-label={t("kpi.actual")}>
                  {v(b.value ?? undefined)}
                </td>
                <td data-label={t("kpi.source")}>
                  <SourceLink label={b.source} url={b.sourceUrl} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** A long series: the chart drew a selection, the table holds every value, fetched on opening. */
function AllValues({ detail }: { detail: KpiDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const total = detail.chart.totalPoints;
  const values = useQuery(
    trpc.kpi.values.queryOptions(
      { code: detail.kpi.code, series: detail.selectedSeries, asOf: detail.asOf ?? undefined },
      { enabled: open },
    ),
  );
  return (
    <>
      <p className="muted" data-testid="chart-thinned">
        {t("kpiValues.thinned", { shown: detail.chart.points.length, total })}
      </p>
      <details className="all-values" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t("kpiValues.show", { total })}</summary>
        {open && (
          <QueryState query={values} skeletonRows={8}>
            {(data) => (
              <ValuesTable rows={toChartRows(detail, Number.POSITIVE_INFINITY, data.values)} detail={detail} />
            )}
          </QueryState>
        )}
      </details>
    </>
  );
}

/** One row per period with a value or a target. */
function ValuesTable({ rows, detail }: { rows: ChartRow[]; detail: KpiDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const v = (value: number | undefined) => valueText(value, detail.kpi.unit, detail.kpi.decimals, language);
  const shown = rows.filter(
    (r) => r.actual !== undefined || r.other !== undefined || r.target !== undefined || r.indicative !== undefined,
  );
  return (
    <>
      {shown.length === 0 ? (
        <p className="empty">{t("kpi.noValues")}</p>
      ) : (
        <div className="table-scroll" {...scrollRegion({ labelledBy: "table-heading" })}>
          <table className="data-table kpi-values">
            <thead>
              <tr>
                <th scope="col">{t("kpi.period")}</th>
                <th scope="col">{t("kpi.actual")}</th>
                <th scope="col">{t("kpi.planned")}</th>
                <th scope="col">{t("kpi.target")}</th>
                <th scope="col">{t("kpi.source")}</th>
                <th scope="col">{t("history.column")}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => {
                const value = r.actual ?? r.other;
                return (
                  <tr key={r.period} data-period={r.period}>
                    <th scope="row">{periodText(r.period, language)}</th>
                    <td className="number" data-label={t("kpi.actual")}>
                      {v(value)}
                      {value !== undefined && r.valueStatus !== undefined && r.valueStatus !== "final"
                        ? ` (${t(labelKey("valueStatus", r.valueStatus))})`
                        : ""}
                    </td>
                    <td className="number" data-label={t("kpi.planned")}>
                      {v(r.planned)}
                    </td>
                    <td className="number" data-label={t("kpi.target")}>
                      {r.target !== undefined && `${v(r.target)} (${r.targetSource})`}
                      {r.indicative !== undefined &&
                        `${v(r.indicative)} (${t("kpi.indicativeShort")}, ${r.indicativeSource})`}
                      {r.target === undefined && r.indicative === undefined && "–"}
                    </td>
                    <td data-label={t("kpi.source")}>
                      {value === undefined ? "–" : <ValueSource label={r.source} url={r.sourceUrl} />}
                      {r.breakInSeries && <span className="marker">{t("kpi.breakShort")}</span>}
                    </td>
                    <td className="history-cell">
                      {value !== undefined && (
                        <ValueHistory
                          kpi={detail.kpi.code}
                          series={detail.selectedSeries}
                          period={r.period}
                          unit={detail.kpi.unit}
                          decimals={detail.kpi.decimals}
                        />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {shown.length > PRINTED_ROWS && (
            <p className="print-only muted">{t("print.lastRows", { count: PRINTED_ROWS, total: shown.length })}</p>
          )}
        </div>
      )}
    </>
  );
}
