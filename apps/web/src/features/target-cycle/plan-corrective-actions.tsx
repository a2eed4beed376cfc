import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../lib/trpc";
import { ActionList } from "./action-list";

/** The plan page's open corrective actions (shown only when there are any). */
export function PlanCorrectiveActions({ plan }: { plan: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const actions = useQuery(trpc.correctiveAction.list.queryOptions({ plan }));
  if (!actions.data || actions.data.length === 0) return null;
  return (
    <section aria-labelledby="plan-actions-heading" className="plan-corrective-actions">
      <h2 id="plan-actions-heading">{t("targetCycle.openActions")}</h2>
      <ActionList actions={actions.data} />
    </section>
  );
}
