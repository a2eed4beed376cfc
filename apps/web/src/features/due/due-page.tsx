import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PlanSelect } from "../../components/plan-select";
import { QueryState } from "../../components/query-state";
import { periodText } from "../../lib/format";
import { useTRPC } from "../../lib/trpc";
import { useLanguage } from "../../lib/use-language";
import { DEFAULT_PLAN } from "../../lib/default-plan";
import { DueCompleteness } from "./due-completeness";
import { DueReturned } from "./due-returned";

const FREQUENCIES = ["month", "quarter", "school_year", "year"] as const;

/** Per editor: values sent back first, then the KPIs whose expected period has no value yet
 *  (grouped by frequency), then every missing period and the plan's completeness. */
export function DuePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const search = useSearch({ from: "/due" });
  const navigate = useNavigate({ from: "/due" });
  const trpc = useTRPC();
  const plan = search.plan ?? DEFAULT_PLAN;
  const due = useQuery(trpc.due.list.queryOptions({ plan }));
  const returned = useQuery(trpc.due.returned.queryOptions({ plan }));
  const completeness = useQuery(trpc.due.completeness.queryOptions({ plan }));
  return (
    <>
      <h1>{t("due.title")}</h1>
      <PlanSelect value={plan} onChange={(next) => void navigate({ search: { ...search, plan: next } })} />
      <QueryState query={returned} skeletonRows={2}>
        {(rows) => <DueReturned rows={rows} />}
      </QueryState>
      <QueryState query={due}>
        {(rows) =>
          rows.length === 0 ? (
            <p className="empty">{t("due.none")}</p>
          ) : (
            <>
              <p>
                {t("due.count", { count: rows.length })}{" "}
                <Link to="/import" search={{ plan }}>
                  {t("due.import")}
                </Link>
              </p>
              {FREQUENCIES.map((f) => {
                const group = rows.filter((r) => r.frequency === f);
                if (group.length === 0) return null;
                return (
                  <section key={f} aria-labelledby={`due-${f}`}>
                    <h2 id={`due-${f}`}>{t(`frequency.${f}`)}</h2>
                    <table className="data-table">
                      <thead>
                        <tr>
                          <th scope="col">{t("commitments.kpis")}</th>
                          <th scope="col">{t("due.expected")}</th>
                          <th scope="col">{t("due.last")}</th>
                          <th scope="col">
                            <span className="visually-hidden">{t("due.action")}</span>
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {group.map((r) => (
                          <tr key={r.kpi} data-due={r.kpi}>
                            <th scope="row">
                              <Link to="/kpis/$code" params={{ code: r.kpi }}>
                                {r.name[language]}
                              </Link>
                            </th>
                            <td>{periodText(r.expected, language)}</td>
                            <td>{r.lastPeriod ? periodText(r.lastPeriod, language) : "–"}</td>
                            <td>
                              <Link to="/kpis/$code/entry" params={{ code: r.kpi }} search={{ period: r.expected }}>
                                {t("due.enter")}
                              </Link>
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </section>
                );
              })}
            </>
          )
        }
      </QueryState>
      <QueryState query={completeness}>{(data) => <DueCompleteness data={data} />}</QueryState>
    </>
  );
}
