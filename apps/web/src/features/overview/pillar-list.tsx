import type { PlanOverview } from "@boordtabel/api";
import { useTranslation } from "react-i18next";
import { CommitmentLine } from "../../components/commitment-line";
import { Coverage } from "../../components/coverage";
import { StatusBadge } from "../../components/status-badge";
import { StatusCounts } from "../../components/status-counts";
import { useLanguage } from "../../lib/use-language";

type Rollup = PlanOverview["plan"];

/** A roll-up in words: how many KPIs carry a verdict, the count per status, the worst one, and
 *  the commitments with how many are late and how many nobody reported on. */
export function RollupSummary({ rollup }: { rollup: Rollup }) {
  const { t } = useTranslation();
  return (
    <>
      {rollup.kpis.total === 0 ? <p>{t("overview.noKpis")}</p> : <Coverage coverage={rollup.kpis.coverage} />}
      {rollup.kpis.worst && (
        <p>
          {t("overview.worst")} <StatusBadge status={rollup.kpis.worst} />
        </p>
      )}
      <StatusCounts counts={rollup.kpis.counts} className="status-counts" label={t("overview.kpiStatuses")} />
      <CommitmentLine rollup={rollup.commitments} />
    </>
  );
}

export function PillarList({ nodes }: { nodes: PlanOverview["nodes"] }) {
  const { t } = useTranslation();
  const language = useLanguage();
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
            <RollupSummary rollup={node} />
          </li>
        ))}
      </ul>
    </section>
  );
}
