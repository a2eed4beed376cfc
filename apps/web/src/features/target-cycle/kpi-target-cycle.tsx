import type { KpiDetail } from "@boordtabel/api";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";
import { ActionList } from "./action-list";
import { ProposalSummary } from "./proposal-summary";

/** The KPI page's part of the target cycle: its proposals (decided ones for everyone, open ones
 *  for editors, reviewers and admins), linked to the target revision they made, and its open
 *  corrective actions. Left out when there is neither, except for an editor, who may propose. */
export function KpiTargetCycle({ detail }: { detail: KpiDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const session = useSession();
  const code = detail.kpi.code;
  const proposals = useQuery(trpc.proposal.forKpi.queryOptions({ code }));
  const actions = useQuery(trpc.correctiveAction.list.queryOptions({ kpi: code }));
  const cycleRole = session.canEnter || session.canReview;
  const empty = (proposals.data ?? []).length === 0 && (actions.data ?? []).length === 0;
  // Nothing to say to a reader who cannot propose; on paper an empty cycle is left out too.
  if (empty && !session.canEnter) return null;
  return (
    <section aria-labelledby="target-cycle-heading" className={empty ? "target-cycle empty" : "target-cycle"}>
      <h2 id="target-cycle-heading">{t("targetCycle.title")}</h2>
      {session.canEnter && (
        <p>
          <Link to="/kpis/$code/voorstel" params={{ code }}>
            {t("targetCycle.propose")}
          </Link>
        </p>
      )}
      <h3>{t("targetCycle.proposals")}</h3>
      {(proposals.data ?? []).length === 0 ? (
        <p>{t("targetCycle.noProposals")}</p>
      ) : (
        <ul className="proposals">
          {(proposals.data ?? []).map((p) => (
            <li key={p.id}>
              <ProposalSummary proposal={p} compact />
              {cycleRole && (
                <Link to="/voorstellen/$id" params={{ id: String(p.id) }}>
                  {t("targetCycle.viewProposal")}
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3>{t("targetCycle.openActions")}</h3>
      <ActionList actions={actions.data ?? []} showKpi={false} manage={cycleRole} />
    </section>
  );
}
