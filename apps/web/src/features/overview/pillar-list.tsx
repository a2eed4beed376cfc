import type { PlanOverview } from "@boordtabel/api";
import { useTranslation } from "react-i18next";
import { StatusBadge } from "../../components/status-badge";
import type { Language } from "../../i18n";

const SHOWN = ["ACHIEVED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "NOT_ACHIEVED", "NO_DATA", "NO_TARGET"] as const;

export function PillarList({ nodes }: { nodes: PlanOverview["nodes"] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const top = nodes.filter((n) => n.parent === null && n.kind !== "introduction");
  return (
    <section aria-labelledby="pillars-heading">
      <h2 id="pillars-heading">{t("overview.pillars")}</h2>
      <ul className="pillars">
        {top.map((node) => (
          <li key={node.code} data-node={node.code} className="pillar">
            <h3>
              {node.number && <span className="node-number">{node.number} </span>}
              {node.title[language]}
            </h3>
            {node.kpis.total === 0 && <p>{t("overview.noKpis")}</p>}
            {node.kpis.worst && (
              <p>
                {t("overview.worst")} <StatusBadge status={node.kpis.worst} />
              </p>
            )}
            <ul className="status-counts" aria-label={t("overview.kpiStatuses")}>
              {SHOWN.filter((s) => node.kpis.counts[s] > 0).map((s) => (
                <li key={s}>
                  <StatusBadge status={s} />: {node.kpis.counts[s]}
                </li>
              ))}
            </ul>
            <p className="muted">
              {t("overview.commitments", { count: node.commitments.total, late: node.commitments.late })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
