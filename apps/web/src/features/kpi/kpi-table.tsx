import type { KpiDetail } from "@boordtabel/api";
import { useTranslation } from "react-i18next";
import { periodText, valueText } from "../../lib/format";
import type { ChartRow } from "./to-chart-rows";
import { ValueHistory } from "./value-history";
import { SourceLink } from "../../components/source-link";
import { ValueSource } from "../../components/value-source";
import { labelKey } from "../../i18n/keys";
import { useLanguage } from "../../lib/use-language";
import { scrollRegion } from "../../components/table-scroll";

/** On paper the table keeps its last rows (styles.css), so one KPI fits on one A4 page. */
const PRINTED_ROWS = 12;

/** The chart's data as an accessible table — every value, never thinned — with the planned
 *  path, target and benchmark columns and each value's version history. */
export function KpiTable({ rows, detail }: { rows: ChartRow[]; detail: KpiDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const v = (value: number | undefined) => valueText(value, detail.kpi.unit, detail.kpi.decimals, language);
  const benchmarks = detail.benchmarks.filter((b) => b.series === detail.selectedSeries);
  const shown = rows.filter(
    (r) => r.actual !== undefined || r.other !== undefined || r.target !== undefined || r.indicative !== undefined,
  );
  return (
    <section aria-labelledby="table-heading">
      <h2 id="table-heading">{t("kpi.table")}</h2>
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
