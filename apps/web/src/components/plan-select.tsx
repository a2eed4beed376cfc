import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../lib/trpc";
import { useLanguage } from "../lib/use-language";

/** The plans to choose from (every plan in the database, not a fixed list). */
export function PlanSelect({ value, onChange }: { value: string; onChange: (plan: string) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const trpc = useTRPC();
  const plans = useQuery(trpc.plan.list.queryOptions());
  return (
    <label>
      {t("commitments.plan")}{" "}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {(plans.data ?? [{ code: value, title: { nl: "", en: "" } }]).map((p) => (
          <option key={p.code} value={p.code}>
            {p.code}
            {p.title[language] ? ` · ${p.title[language]}` : ""}
          </option>
        ))}
      </select>
    </label>
  );
}
