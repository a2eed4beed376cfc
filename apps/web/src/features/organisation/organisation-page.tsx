import { scrollRegion } from "../../components/table-scroll";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../components/query-state";
import { StatusBadge } from "../../components/status-badge";
import { dateText } from "../../lib/dates";
import { numberText, periodText } from "../../lib/format";
import { useTRPC } from "../../lib/trpc";
import { useLanguage } from "../../lib/use-language";
import { ActionList } from "../target-cycle/action-list";
import { ProposalSummary } from "../target-cycle/proposal-summary";

/** An organisation (`/organisaties/:code`, e.g. VDAB): the KPIs it stewards with status and
 *  targets, its open proposals (for editors, reviewers and admins), its open corrective actions
 *  and the commitments it is responsible for. */
export function OrganisationPage() {
  const { code } = useParams({ from: "/organisaties/$code" });
  const { t } = useTranslation();
  const language = useLanguage();
  const trpc = useTRPC();
  const view = useQuery(trpc.organisation.view.queryOptions({ code }));
  return (
    <QueryState query={view}>
      {(data) => (
        <>
          <h1>{language === "nl" ? data.organisation.nameNl : data.organisation.nameEn}</h1>
          <section aria-labelledby="org-kpis-heading">
            <h2 id="org-kpis-heading">{t("targetCycle.stewardedKpis")}</h2>
            {data.kpis.length === 0 ? (
              <p>{t("targetCycle.noStewardedKpis")}</p>
            ) : (
              <div className="table-scroll" {...scrollRegion(t("targetCycle.stewardedKpis"))}>
                <table className="data-table organisation-kpis">
                  <caption className="visually-hidden">{t("targetCycle.stewardedKpis")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("targetCycle.kpi")}</th>
                      <th scope="col">{t("targetCycle.status")}</th>
                      <th scope="col">{t("targetCycle.currentTargets")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.kpis.map((k) => (
                      <tr key={k.code} data-kpi={k.code}>
                        <td>
                          <Link to="/kpis/$code" params={{ code: k.code }}>
                            {language === "nl" ? k.nameNl : k.nameEn}
                          </Link>
                        </td>
                        <td>{k.status ? <StatusBadge status={k.status} /> : <StatusBadge status="NO_DATA" />}</td>
                        <td>
                          {k.targets.length === 0
                            ? t("targetCycle.noTargets")
                            : k.targets
                                .map((p) =>
                                  p.value === null
                                    ? periodText(p.period, language)
                                    : `${periodText(p.period, language)}: ${numberText(p.value, language)}`,
                                )
                                .join(" · ")}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          {data.openProposals.length > 0 && (
            <section aria-labelledby="org-proposals-heading">
              <h2 id="org-proposals-heading">{t("targetCycle.openProposals")}</h2>
              <ul className="proposals">
                {data.openProposals.map((p) => (
                  <li key={p.id}>
                    <h3>{language === "nl" ? p.kpi.nameNl : p.kpi.nameEn}</h3>
                    <ProposalSummary proposal={p} compact />
                    <Link to="/voorstellen/$id" params={{ id: String(p.id) }}>
                      {t("targetCycle.viewProposal")}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="org-actions-heading">
            <h2 id="org-actions-heading">{t("targetCycle.openActions")}</h2>
            <ActionList actions={data.correctiveActions} />
          </section>
          <section aria-labelledby="org-commitments-heading">
            <h2 id="org-commitments-heading">{t("targetCycle.responsibleCommitments")}</h2>
            {data.commitments.length === 0 ? (
              <p>{t("targetCycle.noCommitments")}</p>
            ) : (
              <ul>
                {data.commitments.map((c) => (
                  <li key={c.code}>
                    <Link to="/commitments/$code" params={{ code: c.code }}>
                      {language === "nl" ? c.titleNl : c.titleEn}
                    </Link>{" "}
                    <span className="muted">
                      {c.plan}
                      {c.deadline ? ` · ${t("targetCycle.deadline")} ${dateText(c.deadline)}` : ""}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </QueryState>
  );
}
