import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useParams, useSearch } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../components/query-state";
import { useTRPC } from "../../lib/trpc";
import { HeadlineKpis } from "./headline-kpis";
import { KpiList } from "./kpi-list";
import { PlanCorrectiveActions } from "../target-cycle/plan-corrective-actions";
import { PillarList, RollupSummary } from "./pillar-list";
import { AsOfPicker } from "../../components/as-of-picker";
import { StatusLegend } from "../../components/status-legend";
import { dateText } from "../../lib/dates";
import { useLanguage } from "../../lib/use-language";
import { PrintLine } from "../../components/print-line";
import { BoardPackLink } from "../board-pack/board-pack-link";
import { PlanCommitments } from "../commitments/plan-commitments";
import { useDocumentSubject } from "../../lib/announce";

export function PlanOverviewPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { code } = useParams({ from: "/plans/$code" });
  const search = useSearch({ from: "/plans/$code" });
  const navigate = useNavigate({ from: "/plans/$code" });
  const trpc = useTRPC();
  const plans = useQuery(trpc.plan.list.queryOptions());
  const overview = useQuery(trpc.plan.overview.queryOptions({ code, asOf: search.asOf }));
  useDocumentSubject(overview.data?.shortTitle[language]);

  return (
    <>
      <nav aria-label={t("overview.plans")} className="plan-switcher">
        {plans.data?.map((p) => (
          <Link
            key={p.code}
            to="/plans/$code"
            params={{ code: p.code }}
            search={search}
            data-plan={p.code}
            activeProps={{ "aria-current": "page" }}
          >
            {p.code} · {p.shortTitle[language]}
          </Link>
        ))}
      </nav>
      <AsOfPicker value={search.asOf} onChange={(asOf) => void navigate({ search: { ...search, asOf } })} />
      <QueryState query={overview}>
        {(data) => (
          <>
            <h1>{data.shortTitle[language]}</h1>
            {data.shortTitle[language] !== data.title[language] && (
              <p className="muted" data-testid="full-title">
                {data.title[language]}
              </p>
            )}
            <PrintLine asOf={data.asOf} source={t("print.planSource")} />
            <p>
              <Link to="/present/$planCode" params={{ planCode: data.code }}>
                {t("present.start")}
              </Link>
            </p>
            <BoardPackLink code={data.code} asOf={data.asOf} />
            {data.asOf && <p className="muted">{t("overview.knownOn", { date: dateText(data.asOf) })}</p>}
            {/* A plan without KPIs (an agenda) is followed through its commitments alone. */}
            {data.kpis.length > 0 && (
              <>
                <section aria-labelledby="plan-rollup-heading" className="panel plan-rollup" data-node="plan">
                  <h2 id="plan-rollup-heading">{t("overview.wholePlan")}</h2>
                  <RollupSummary rollup={data.plan} />
                </section>
                <PillarList nodes={data.nodes} />
                {data.headline.length > 0 && <HeadlineKpis kpis={data.headline} asOf={search.asOf} />}
                <PlanCorrectiveActions plan={data.code} />
                <StatusLegend />
                <KpiList overview={data} asOf={search.asOf} />
              </>
            )}
            <PlanCommitments plan={data.code} open={data.kpis.length === 0} />
          </>
        )}
      </QueryState>
    </>
  );
}
