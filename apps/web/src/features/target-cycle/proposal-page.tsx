import type { ProposalDto } from "@boordtabel/api";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../components/query-state";
import { useSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";
import { useLanguage } from "../../lib/use-language";
import { DecisionForm } from "./decision-form";
import { PositionForm } from "./position-form";
import { ProposalSummary } from "./proposal-summary";

/** One proposal (`/voorstellen/:id`): the summary per organisation, the reviewer's position form
 *  and, while it is open, the admin's decision form. */
export function ProposalPage() {
  const { id } = useParams({ from: "/voorstellen/$id" });
  const trpc = useTRPC();
  const proposal = useQuery(trpc.proposal.detail.queryOptions({ id: Number(id) }));
  return <QueryState query={proposal}>{(data) => <ProposalView proposal={data} />}</QueryState>;
}

function ProposalView({ proposal }: { proposal: ProposalDto }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const session = useSession();
  const name = language === "nl" ? proposal.kpi.nameNl : proposal.kpi.nameEn;
  // The decision removes both forms (and the focused button with them): the result is said in a
  // status region that is in the page from the start, and focus moves to it, next to the summary
  // that now shows the decision.
  const [decided, setDecided] = useState<string | null>(null);
  const result = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (decided) result.current?.focus();
  }, [decided]);
  return (
    <>
      <p className="back-link">
        <Link to="/kpis/$code" params={{ code: proposal.kpi.code }}>
          ← {name}
        </Link>
      </p>
      <h1>{t("targetCycle.proposalTitle", { kpi: name })}</h1>
      <ProposalSummary proposal={proposal} />
      <p
        ref={result}
        role="status"
        tabIndex={-1}
        className={decided ? "success" : undefined}
        data-testid="proposal-result"
      >
        {decided}
      </p>
      {proposal.state === "open" && session.canReview && <PositionForm proposal={proposal} admin={session.isAdmin} />}
      {proposal.state === "open" && session.isAdmin && <DecisionForm proposal={proposal} onDecided={setDecided} />}
    </>
  );
}
