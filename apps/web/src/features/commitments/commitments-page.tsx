import { useQuery } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../components/query-state";
import { useTRPC } from "../../lib/trpc";
import { CommitmentFilters } from "./commitment-filters";
import { CommitmentTable } from "./commitment-table";
import { DEFAULT_PLAN } from "../../lib/default-plan";

export function CommitmentsPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: "/commitments" });
  const navigate = useNavigate({ from: "/commitments" });
  const trpc = useTRPC();
  const plan = search.plan ?? DEFAULT_PLAN;
  const commitments = useQuery(
    trpc.commitment.list.queryOptions({
      plan,
      node: search.node,
      organisation: search.organisation,
      status: search.status,
      lateOnly: search.late,
      deadlineBy: search.deadlineBy,
    }),
  );
  const overview = useQuery(trpc.plan.overview.queryOptions({ code: plan }));

  return (
    <>
      <h1>{t("commitments.title")}</h1>
      <CommitmentFilters
        value={search}
        nodes={overview.data?.nodes ?? []}
        onChange={(next) => void navigate({ search: { ...search, ...next } })}
      />
      {/* In the page from the start, so that each filter's new count is said (WCAG 4.1.3). */}
      <p role="status" className="result-count" data-testid="result-count">
        {commitments.data ? t("a11y.results", { count: commitments.data.length }) : ""}
      </p>
      <QueryState query={commitments}>
        {(rows) =>
          rows.length === 0 ? (
            <p>{t("commitments.empty")}</p>
          ) : (
            <CommitmentTable
              rows={rows}
              kpiStatuses={overview.data?.kpiStatuses ?? []}
              contradictions={overview.data?.contradictions ?? []}
            />
          )
        }
      </QueryState>
    </>
  );
}
