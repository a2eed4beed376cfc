import type { PlanOverview } from "@boordtabel/api";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../lib/trpc";
import { useLanguage } from "../../lib/use-language";
import { DEFAULT_PLAN } from "../../lib/default-plan";

export interface CommitmentSearch {
  plan?: string;
  node?: string;
  organisation?: string;
  status?: "unknown" | "not_started" | "in_progress" | "done" | "delayed" | "dropped";
  late?: boolean;
  deadlineBy?: string;
}

/** "Status onbekend" first: it is what most seeded commitments are until someone reports. */
const STATUSES = ["unknown", "not_started", "in_progress", "done", "delayed", "dropped"] as const;

/** The filters of the commitments list; every choice lives in the URL so a view can be shared. */
export function CommitmentFilters({
  value,
  nodes,
  onChange,
}: {
  value: CommitmentSearch;
  nodes: PlanOverview["nodes"];
  onChange: (next: CommitmentSearch) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const trpc = useTRPC();
  const plans = useQuery(trpc.plan.list.queryOptions());
  const organisations = useQuery(trpc.organisation.list.queryOptions());
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t("commitments.filters")}>
      <label>
        {t("commitments.plan")}{" "}
        <select
          value={value.plan ?? DEFAULT_PLAN}
          onChange={(e) => onChange({ plan: e.target.value, node: undefined })}
        >
          {(plans.data ?? [{ code: value.plan ?? DEFAULT_PLAN, title: { nl: "", en: "" } }]).map((p) => (
            <option key={p.code} value={p.code}>
              {p.code}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("commitments.node")}{" "}
        <select value={value.node ?? ""} onChange={(e) => onChange({ node: e.target.value || undefined })}>
          <option value="">{t("commitments.all")}</option>
          {nodes.map((n) => (
            <option key={n.code} value={n.code}>
              {n.number ? `${n.number} ` : ""}
              {n.title[language]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("commitments.status")}{" "}
        <select
          value={value.status ?? ""}
          onChange={(e) => onChange({ status: (e.target.value || undefined) as CommitmentSearch["status"] })}
        >
          <option value="">{t("commitments.all")}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`commitmentStatus.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("commitments.organisation")}{" "}
        <select
          value={value.organisation ?? ""}
          onChange={(e) => onChange({ organisation: e.target.value || undefined })}
        >
          <option value="">{t("commitments.all")}</option>
          {organisations.data?.map((o) => (
            <option key={o.code} value={o.code}>
              {o.code} · {language === "nl" ? o.nameNl : o.nameEn}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("commitments.deadlineBy")}{" "}
        <input
          type="date"
          value={value.deadlineBy ?? ""}
          onChange={(e) => onChange({ deadlineBy: e.target.value || undefined })}
        />
      </label>
      <label>
        <input
          type="checkbox"
          checked={value.late ?? false}
          onChange={(e) => onChange({ late: e.target.checked || undefined })}
        />{" "}
        {t("commitments.lateOnly")}
      </label>
    </form>
  );
}
