import type { PlanCommitments as PlanCommitmentsData } from "@boordtabel/api";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../components/query-state";
import { dateText } from "../../lib/dates";
import { useTRPC } from "../../lib/trpc";
import { useLanguage } from "../../lib/use-language";
import { CommitmentStatusCounts } from "./commitment-status-counts";
import { CommitmentsDownloads } from "./commitments-downloads";
import "../commitment-sheet/agenda.css";
import { scrollRegion } from "../../components/table-scroll";

type Group = PlanCommitmentsData["groups"][number];
type Row = Group["commitments"][number];

/** Whether a commitment matches what was typed: its code, title or an organisation's name. */
function matches(row: Row, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [row.code, row.title.nl, row.title.en, ...row.responsible, ...row.partners].some((text) =>
    text.toLowerCase().includes(q),
  );
}

/** The commitments part of a plan page: per pillar or domain its commitments with status,
 *  organisations, deadline and last update, and how many of them were reported on. Open by
 *  default for a plan without KPIs, where the commitments are what the board follows. */
export function PlanCommitments({ plan, open }: { plan: string; open: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const query = useQuery(trpc.commitment.byPlan.queryOptions({ plan }));
  const searchId = useId();
  const [search, setSearch] = useState("");
  return (
    <section aria-labelledby="plan-commitments-heading" className="plan-commitments" data-testid="plan-commitments">
      <h2 id="plan-commitments-heading">{t("agenda.heading")}</h2>
      <QueryState query={query}>
        {(data) => (
          <>
            <CommitmentStatusCounts rollup={data.rollup} />
            <div className="kpi-search" role="search">
              <label htmlFor={searchId}>{t("agenda.search")}</label>
              <input id={searchId} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
            </div>
            {data.groups.map((group) => {
              const shown = group.commitments.filter((c) => matches(c, search));
              return shown.length === 0 ? null : (
                <CommitmentGroup key={group.code} group={group} shown={shown} open={open || search.trim() !== ""} />
              );
            })}
            <CommitmentsDownloads plan={plan} />
          </>
        )}
      </QueryState>
    </section>
  );
}

function CommitmentGroup({ group, shown, open }: { group: Group; shown: Row[]; open: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = `commitments-${group.code}`;
  return (
    <details className="commitment-group" data-node={group.code} open={open}>
      <summary>
        <h3 id={headingId}>
          {group.number && <span className="node-number">{group.number} </span>}
          {group.title[language]}
        </h3>
        <CommitmentStatusCounts rollup={group.rollup} />
      </summary>
      <div className="table-scroll" {...scrollRegion({ labelledBy: headingId })}>
        <table className="data-table agenda-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t("commitments.commitment")}</th>
              <th scope="col">{t("commitments.status")}</th>
              <th scope="col">{t("agenda.organisations")}</th>
              <th scope="col">{t("agenda.deadline")}</th>
              <th scope="col">{t("agenda.lastUpdate")}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => (
              <tr key={c.code} data-commitment={c.code} data-status={c.status}>
                <th scope="row">
                  <Link to="/commitments/$code" params={{ code: c.code }}>
                    <span className="commitment-code">{c.code}</span> {c.title[language]}
                  </Link>
                </th>
                <td>
                  <span className={`commitment-status commitment-status-${c.status}`}>
                    {t(`commitmentStatus.${c.status}`)}
                  </span>
                  {c.progress !== null && ` · ${c.progress} %`}
                  {c.late && <strong className="late"> · {t("agenda.late")}</strong>}
                </td>
                <td>
                  <Organisations responsible={c.responsible} partners={c.partners} />
                </td>
                <td>{c.deadline ? dateText(c.deadline) : "–"}</td>
                <td>{c.lastUpdate ? dateText(c.lastUpdate) : t("agenda.noUpdate")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** Who carries a commitment, as the plan's document names them; a commitment that names no
 *  responsible organisation says so instead of staying blank. */
export function Organisations({ responsible, partners }: { responsible: string[]; partners: string[] }) {
  const { t } = useTranslation();
  if (responsible.length === 0 && partners.length === 0) return <span className="muted">{t("agenda.noActor")}</span>;
  return (
    <>
      {responsible.length > 0 && <span>{responsible.join(", ")}</span>}
      {responsible.length > 0 && partners.length > 0 && <br />}
      {partners.length > 0 && (
        <span className="muted">
          {t("agenda.partners")}: {partners.join(", ")}
        </span>
      )}
    </>
  );
}
