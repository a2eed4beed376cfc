import type { PlanOverview } from "@boordtabel/api";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { Sparkline } from "../../components/sparkline";
import { StatusBadge } from "../../components/status-badge";
import { ValueMarkers } from "../../components/value-markers";
import { periodText, valueText } from "../../lib/format";
import { useLanguage } from "../../lib/use-language";

export function HeadlineKpis({ kpis, asOf }: { kpis: PlanOverview["headline"]; asOf?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby="headline-heading">
      <h2 id="headline-heading">{t("overview.headline")}</h2>
      <ul className="headline">
        {kpis.map((kpi) => (
          <li key={kpi.code} data-kpi={kpi.code}>
            <Link to="/kpis/$code" params={{ code: kpi.code }} search={{ asOf }}>
              {kpi.name[language]}
            </Link>
            <p className="figure">
              {kpi.latest
                ? `${valueText(kpi.latest.value, kpi.unit, kpi.decimals, language)} (${periodText(kpi.latest.period, language)})`
                : t("overview.noValue")}
            </p>
            <p>
              <ValueMarkers latest={kpi.latest} stale={kpi.stale} expectedLatestPeriod={kpi.expectedLatestPeriod} />
            </p>
            {kpi.target && (
              <p className="muted">
                {t("overview.target", {
                  value: valueText(
                    kpi.target.value,
                    kpi.unit,
                    Number.isInteger(kpi.target.value) ? 0 : kpi.decimals,
                    language,
                  ),
                  period: kpi.target.period,
                  source: kpi.target.source,
                })}
              </p>
            )}
            <StatusBadge status={kpi.status} />
            <Sparkline points={kpi.sparkline} />
            <p className="summary">{kpi.summary[language]}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
