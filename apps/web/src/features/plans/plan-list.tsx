import type { PlanSummary } from "@boordtabel/api";
import { useTranslation } from "react-i18next";
import type { Language } from "../../i18n";

export function PlanList({ plans }: { plans: PlanSummary[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <section aria-labelledby="plans-heading">
      <h2 id="plans-heading">{t("plans.heading")}</h2>
      <ul className="plan-list">
        {plans.map((plan) => (
          <li key={plan.code} data-plan={plan.code}>
            <strong>{plan.code}</strong> {plan.title[language]}
            <span className="muted">
              {" — "}
              {t("plans.counts", {
                nodes: t("plans.nodeCount", { count: plan.counts.nodes }),
                commitments: t("plans.commitmentCount", { count: plan.counts.commitments }),
                kpis: t("plans.kpiCount", { count: plan.counts.kpis }),
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
