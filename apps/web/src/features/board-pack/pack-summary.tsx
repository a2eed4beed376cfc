import { useTranslation } from "react-i18next";
import { StatusBadge } from "../../components/status-badge";
import { ValueMarkers } from "../../components/value-markers";
import { periodText, valueText } from "../../lib/format";
import { useLanguage } from "../../lib/use-language";
import type { PackKpi } from "./pack-data";
import { scrollRegion } from "../../components/table-scroll";

/** One line per KPI: status, latest value and its period, the target, provisional or stale. */
export function KpiSummaryTable({
  kpis,
  caption,
  hideCaption = false,
}: {
  kpis: PackKpi[];
  caption: string;
  /** When a heading right above already says it: kept for screen readers only. */
  hideCaption?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="table-scroll" {...scrollRegion(caption)}>
      <table className="data-table pack-table pack-kpis">
        <caption className={hideCaption ? "visually-hidden" : undefined}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("boardPack.kpi")}</th>
            <th scope="col">{t("boardPack.status")}</th>
            <th scope="col">{t("boardPack.latest")}</th>
            <th scope="col">{t("boardPack.target")}</th>
            <th scope="col">{t("boardPack.markers")}</th>
          </tr>
        </thead>
        <tbody>
          {kpis.map((k) => (
            <tr key={k.code} data-kpi={k.code}>
              <th scope="row">{k.name[language]}</th>
              <td>
                <StatusBadge status={k.status} />
              </td>
              <td className="number">
                {k.latest
                  ? `${valueText(k.latest.value, k.unit, k.decimals, language)} (${periodText(k.latest.period, language)})`
                  : t("overview.noValue")}
              </td>
              <td className="number">
                {k.target
                  ? `${valueText(k.target.value, k.unit, k.decimals, language)} (${periodText(k.target.period, language)})`
                  : t("boardPack.none")}
              </td>
              <td>
                <ValueMarkers latest={k.latest} stale={k.stale} expectedLatestPeriod={k.expectedLatestPeriod} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
