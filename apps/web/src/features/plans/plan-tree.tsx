import type { PlanDetail, PlanNodeDto } from "@boordtabel/api";
import { useTranslation } from "react-i18next";
import type { Language } from "../../i18n";

function NodeItem({ node, language }: { node: PlanNodeDto; language: Language }) {
  const { t } = useTranslation();
  return (
    <li data-node={node.code} data-kind={node.kind}>
      <span>
        {node.number && <span className="node-number">{node.number} </span>}
        {node.title[language]}
      </span>
      <span className="muted">
        {" "}
        ({t("plans.commitmentCount", { count: node.commitments.length })},{" "}
        {t("plans.kpiCount", { count: node.kpis.length })})
      </span>
      {node.children.length > 0 && (
        <ul>
          {node.children.map((child) => (
            <NodeItem key={child.code} node={child} language={language} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function PlanTree({ plan }: { plan: PlanDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const pillars = plan.nodes.filter((n) => n.kind === "pillar");
  return (
    <section aria-labelledby="tree-heading">
      <h2 id="tree-heading">{t("plans.structure", { title: plan.title[language] })}</h2>
      <ul className="plan-tree">
        {pillars.map((node) => (
          <NodeItem key={node.code} node={node} language={language} />
        ))}
      </ul>
    </section>
  );
}
