import type { PlanOverview } from "@boordtabel/api";
import { Link } from "@tanstack/react-router";
import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Sparkline } from "../../components/sparkline";
import { StatusBadge } from "../../components/status-badge";
import { ValueMarkers } from "../../components/value-markers";
import { periodText, valueText } from "../../lib/format";
import { groupKpis, matchesQuery } from "./group-kpis";
import { useLanguage } from "../../lib/use-language";

type Kpi = PlanOverview["kpis"][number];

/** Every KPI of the plan, pillar → theme, each with its status in words, latest value and
 *  period, its markers and a sparkline; the search box filters on name and code. */
export function KpiList({ overview, asOf }: { overview: PlanOverview; asOf?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const searchId = useId();
  const [query, setQuery] = useState("");
  const shown = useMemo(
    () => overview.kpis.filter((k) => matchesQuery(k, query, language)),
    [overview.kpis, query, language],
  );
  const groups = useMemo(() => groupKpis(overview.nodes, shown), [overview.nodes, shown]);
  return (
    <section aria-labelledby="kpis-heading" className="kpi-list">
      <h2 id="kpis-heading">{t("kpiList.title")}</h2>
      <div className="kpi-search" role="search">
        <label htmlFor={searchId}>{t("kpiList.search")}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder={t("kpiList.searchHint")}
          onChange={(e) => setQuery(e.target.value)}
        />
        <span aria-live="polite" data-testid="kpi-count">
          {query
            ? t("kpiList.shown", { shown: shown.length, count: overview.kpis.length })
            : t("kpiList.count", { count: overview.kpis.length })}
        </span>
      </div>
      {shown.length === 0 && <p className="empty">{t("kpiList.none")}</p>}
      {groups.map((pillar) => (
        <section key={pillar.code} className="kpi-group" data-group={pillar.code} aria-labelledby={`g-${pillar.code}`}>
          <h3 id={`g-${pillar.code}`}>
            {pillar.number && <span className="node-number">{pillar.number} </span>}
            {pillar.title?.[language] ?? t("kpiList.other")}
          </h3>
          {pillar.themes.map((theme) => (
            <div key={theme.code} data-theme={theme.code}>
              {theme.code !== pillar.code && (
                <h4>
                  {theme.number && <span className="node-number">{theme.number} </span>}
                  {theme.title?.[language]}
                </h4>
              )}
              <KpiTable kpis={theme.kpis} asOf={asOf} />
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}

function KpiTable({ kpis, asOf }: { kpis: Kpi[]; asOf?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <table className="data-table kpi-table">
      <thead>
        <tr>
          <th scope="col">{t("kpiList.kpi")}</th>
          <th scope="col">{t("kpiList.status")}</th>
          <th scope="col">{t("kpiList.latest")}</th>
          <th scope="col">{t("kpiList.target")}</th>
          <th scope="col">{t("kpiList.trend")}</th>
        </tr>
      </thead>
      <tbody>
        {kpis.map((k) => (
          <tr key={k.code} data-kpi-row={k.code}>
            <th scope="row">
              <Link to="/kpis/$code" params={{ code: k.code }} search={{ asOf }}>
                {k.name[language]}
              </Link>
              <span className="muted kpi-code"> {k.code}</span>
            </th>
            <td data-label={t("kpiList.status")}>
              <StatusBadge status={k.status} />
            </td>
            <td data-label={t("kpiList.latest")}>
              {k.latest ? (
                <>
                  <span className="figure-small">{valueText(k.latest.value, k.unit, k.decimals, language)}</span>{" "}
                  <span className="muted">({periodText(k.latest.period, language)})</span>
                </>
              ) : (
                <span className="muted">{t("overview.noValue")}</span>
              )}
              <br />
              <ValueMarkers latest={k.latest} stale={k.stale} expectedLatestPeriod={k.expectedLatestPeriod} />
            </td>
            <td data-label={t("kpiList.target")}>
              {k.target
                ? `${valueText(k.target.value, k.unit, Number.isInteger(k.target.value) ? 0 : k.decimals, language)} (${k.target.period})`
                : "–"}
            </td>
            <td data-label={t("kpiList.trend")}>
              <Sparkline points={k.sparkline} width={120} height={32} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
