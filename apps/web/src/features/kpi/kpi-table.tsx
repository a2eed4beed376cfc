import type { KpiDetail } from "@boordtabel/api";
import { useTranslation } from "react-i18next";
import type { Language } from "../../i18n";
import { valueText } from "../../lib/format";
import type { ChartRow } from "./to-chart-rows";

/** The chart's data as an accessible table, with target and benchmark columns. */
export function KpiTable({ rows, detail }: { rows: ChartRow[]; detail: KpiDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const v = (value: number | undefined) => valueText(value, detail.kpi.unit, detail.kpi.decimals, language);
  const benchmarks = detail.benchmarks.filter((b) => b.series === detail.selectedSeries);
  return (
    <section aria-labelledby="table-heading">
      <h2 id="table-heading">{t("kpi.table")}</h2>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("kpi.period")}</th>
            <th scope="col">{t("kpi.actual")}</th>
            <th scope="col">{t("kpi.planned")}</th>
            <th scope="col">{t("kpi.target")}</th>
          </tr>
        </thead>
        <tbody>
          {rows
            .filter((r) => r.actual !== undefined || r.target !== undefined)
            .map((r) => (
              <tr key={r.period} data-period={r.period}>
                <th scope="row">{r.period}</th>
                <td>
                  {v(r.actual)}
                  {r.provisional ? ` (${t("kpi.provisional")})` : ""}
                </td>
                <td>{v(r.planned)}</td>
                <td>{r.target === undefined ? "–" : `${v(r.target)} (${r.targetSource})`}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {benchmarks.length > 0 && (
        <table className="data-table">
          <caption>{t("kpi.benchmarks")}</caption>
          <tbody>
            {benchmarks.map((b) => (
              <tr key={`${b.entity}-${b.period}`}>
                <th scope="row">{b.name[language]}</th>
                <td>{b.period ?? t("kpi.noYear")}</td>
                <td>{v(b.value ?? undefined)}</td>
                <td>{b.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
