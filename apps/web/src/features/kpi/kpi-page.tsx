import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useParams, useSearch } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../components/query-state";
import { StatusBadge } from "../../components/status-badge";
import type { Language } from "../../i18n";
import { useTRPC } from "../../lib/trpc";
import { KpiTable } from "./kpi-table";
import { TargetChart } from "./target-chart";
import { toChartRows } from "./to-chart-rows";

export function KpiPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { code } = useParams({ from: "/kpis/$code" });
  const search = useSearch({ from: "/kpis/$code" });
  const navigate = useNavigate({ from: "/kpis/$code" });
  const trpc = useTRPC();
  const detail = useQuery(trpc.kpi.detail.queryOptions({ code, series: search.series, asOf: search.asOf }));

  return (
    <QueryState query={detail}>
      {(data) => {
        const rows = toChartRows(data);
        return (
          <>
            <p>
              <Link to="/plans/$code" params={{ code: data.kpi.plan }} search={{ asOf: search.asOf }}>
                ← {t("kpi.backToPlan")}
              </Link>
            </p>
            <h1>{data.kpi.name[language]}</h1>
            <p>
              <StatusBadge status={data.assessment.status} />
            </p>
            <label>
              {t("kpi.series")}{" "}
              <select
                value={data.selectedSeries}
                onChange={(e) => void navigate({ search: { ...search, series: e.target.value } })}
              >
                {data.series.map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.label[language]}
                  </option>
                ))}
              </select>
            </label>
            <TargetChart rows={rows} detail={data} />
            <section aria-labelledby="explain-heading" className="explain">
              <h2 id="explain-heading">{t("kpi.explain")}</h2>
              <p data-testid="summary">{data.assessment.summary[language]}</p>
              {data.forecast?.projectedAtTarget && (
                <p>
                  {t("kpi.pace", {
                    required:
                      data.forecast.requiredPacePerYear?.toLocaleString(language === "nl" ? "nl-BE" : "en-GB", {
                        maximumFractionDigits: 2,
                      }) ?? "–",
                    observed: data.forecast.observedPacePerYear.toLocaleString(language === "nl" ? "nl-BE" : "en-GB", {
                      maximumFractionDigits: 2,
                    }),
                  })}
                </p>
              )}
            </section>
            <KpiTable rows={rows} detail={data} />
            <section aria-labelledby="meta-heading">
              <h2 id="meta-heading">{t("kpi.metadata")}</h2>
              <dl>
                <dt>{t("kpi.definition")}</dt>
                <dd>{data.kpi.definition?.[language] ?? "–"}</dd>
                <dt>{t("kpi.source")}</dt>
                <dd>{data.kpi.source ?? "–"}</dd>
                <dt>{t("kpi.frequency")}</dt>
                <dd>{t(`frequency.${data.kpi.frequency}`)}</dd>
              </dl>
            </section>
          </>
        );
      }}
    </QueryState>
  );
}
