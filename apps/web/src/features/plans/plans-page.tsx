import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../lib/trpc";
import { PlanList } from "./plan-list";
import { PlanTree } from "./plan-tree";

const FEATURED_PLAN = "IAB";

export function PlansPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const plans = useQuery(trpc.plan.list.queryOptions());
  const featured = useQuery(trpc.plan.detail.queryOptions({ code: FEATURED_PLAN }));

  if (plans.isPending) return <p role="status">{t("plans.loading")}</p>;
  if (plans.isError) {
    return (
      <div role="alert">
        <p>{t("plans.error")}</p>
        <button type="button" onClick={() => void plans.refetch()}>
          {t("plans.retry")}
        </button>
      </div>
    );
  }
  if (plans.data.length === 0) return <p>{t("plans.empty")}</p>;

  return (
    <>
      <PlanList plans={plans.data} />
      {featured.data && <PlanTree plan={featured.data} />}
    </>
  );
}
