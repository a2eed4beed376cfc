import type { PlanOverview } from "@boordtabel/api";
import { useTranslation } from "react-i18next";
import type { Language } from "../../i18n";

export interface CommitmentSearch {
  plan?: string;
  node?: string;
  organisation?: string;
  status?: "not_started" | "in_progress" | "done" | "delayed" | "dropped";
  late?: boolean;
}

const STATUSES = ["not_started", "in_progress", "done", "delayed", "dropped"] as const;

export function CommitmentFilters({
  value,
  nodes,
  onChange,
}: {
  value: CommitmentSearch;
  nodes: PlanOverview["nodes"];
  onChange: (next: CommitmentSearch) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t("commitments.filters")}>
      <label>
        {t("commitments.plan")}{" "}
        <select value={value.plan ?? "IAB"} onChange={(e) => onChange({ plan: e.target.value, node: undefined })}>
          {["IAB", "DIGI", "I40"].map((p) => (
            <option key={p}>{p}</option>
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
        <input
          value={value.organisation ?? ""}
          placeholder="VDAB"
          onChange={(e) => onChange({ organisation: e.target.value.toUpperCase() || undefined })}
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
