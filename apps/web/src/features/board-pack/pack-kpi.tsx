import type { KpiDetail } from "@boordtabel/api";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { StatusBadge } from "../../components/status-badge";
import { ValueMarkers } from "../../components/value-markers";
import { ValueSource } from "../../components/value-source";
import { labelKey } from "../../i18n/keys";
import { periodText, valueText } from "../../lib/format";
import { useLanguage } from "../../lib/use-language";
import { PastTargets } from "../kpi/past-targets";
import { TargetChart } from "../kpi/target-chart";
import { toChartRows } from "../kpi/to-chart-rows";
import type { PackKpi } from "./pack-data";
import { scrollRegion } from "../../components/table-scroll";

/** Width of a chart on an A4 page between the margins, in CSS pixels. */
const CHART_WIDTH = 660;
/** The table under the chart: the most recent values (the chart shows them all). */
const RECENT = 8;

/** A headline KPI on its own page: status, latest value, chart, the engine's sentence, past
 *  targets and the recent values with their planned path and targets. */
export function KpiPackPage({ kpi, detail }: { kpi: PackKpi; detail: KpiDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = useMemo(() => toChartRows(detail), [detail]);
  const v = (value: number | undefined) => valueText(value, detail.kpi.unit, detail.kpi.decimals, language);
  const recent = rows.filter((r) => r.actual !== undefined || r.other !== undefined).slice(-RECENT);
  const summary = detail.assessment.summary[language];
  return (
    <section className="pack-page pack-kpi" data-pack-section={kpi.code}>
      <p className="pack-kicker">{t("boardPack.headline")}</p>
      <h2>{kpi.name[language]}</h2>
      <p className="pack-kpi-head">
        <StatusBadge status={kpi.status} />{" "}
        <strong>
          {kpi.latest ? `${v(kpi.latest.value)} (${periodText(kpi.latest.period, language)})` : t("overview.noValue")}
        </strong>{" "}
        <ValueMarkers latest={kpi.latest} stale={kpi.stale} expectedLatestPeriod={kpi.expectedLatestPeriod} />
      </p>
      <TargetChart
        detail={detail}
        print={{ width: CHART_WIDTH, alt: t("boardPack.chartAlt", { kpi: kpi.name[language], summary }) }}
      />
      <h3>{t("boardPack.statusSentence")}</h3>
      <p data-testid="summary">{summary}</p>
      <PastTargets detail={detail} />
      {recent.length > 0 && (
        <div className="table-scroll" {...scrollRegion(t("boardPack.recentValues"))}>
          <table className="data-table pack-table">
            <caption>{t("boardPack.recentValues")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("boardPack.period")}</th>
                <th scope="col">{t("boardPack.value")}</th>
                <th scope="col">{t("boardPack.planned")}</th>
                <th scope="col">{t("boardPack.source")}</th>
              </tr>
            </thead>
            <tbody>
              {recent.map((r) => {
                const value = r.actual ?? r.other;
                return (
                  <tr key={r.period}>
                    <th scope="row">{periodText(r.period, language)}</th>
                    <td className="number">
                      {v(value)}
                      {r.valueStatus !== undefined && r.valueStatus !== "final"
                        ? ` (${t(labelKey("valueStatus", r.valueStatus))})`
                        : ""}
                    </td>
                    <td className="number">{r.planned === undefined ? t("boardPack.none") : v(r.planned)}</td>
                    <td>
                      <ValueSource label={r.source} url={r.sourceUrl} plain />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
