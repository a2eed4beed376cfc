import { useTranslation } from "react-i18next";
import { CommitmentLine } from "../../components/commitment-line";
import { Coverage } from "../../components/coverage";
import { StatusCounts } from "../../components/status-counts";
import { useLanguage } from "../../lib/use-language";
import { pillarOf, type PackData, type PackNode } from "./pack-data";
import { KpiSummaryTable } from "./pack-summary";
import { CommitmentTable } from "./pack-commitments";

const nodeTitle = (node: PackNode, title: string) => (node.number ? `${node.number} ${title}` : title);

/** A pillar on its own page: its KPIs' statuses with their coverage, and its commitments. */
export function PillarPage({ node, data }: { node: PackNode; data: PackData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const kpis = data.overview.kpis.filter((k) => pillarOf(data.overview, k.node) === node.code);
  return (
    <section className="pack-page" data-pack-section={node.code}>
      <h2>{nodeTitle(node, node.title[language])}</h2>
      <Coverage coverage={node.kpis.coverage} />
      <StatusCounts counts={node.kpis.counts} className="status-counts" />
      <CommitmentLine rollup={node.commitments} />
      {kpis.length > 0 && <KpiSummaryTable kpis={kpis} caption={t("boardPack.pillarKpis")} />}
    </section>
  );
}

const COMMITMENT_STATUSES = ["UNKNOWN", "NOT_STARTED", "IN_PROGRESS", "DONE", "DELAYED", "DROPPED"] as const;

/** A domain of an agenda (a plan without KPIs): how its commitments stand, how many were
 *  reported on, and the commitments themselves. */
export function DomainPage({ node, data }: { node: PackNode; data: PackData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rollup = node.commitments;
  const commitments = data.commitments.filter((c) => pillarOf(data.overview, c.node) === node.code);
  return (
    <section className="pack-page" data-pack-section={node.code}>
      <h2>{nodeTitle(node, node.title[language])}</h2>
      <p className="coverage">{t("boardPack.reported", { reported: rollup.reported, count: rollup.total })}</p>
      <ul className="status-counts" aria-label={t("boardPack.distribution")}>
        {COMMITMENT_STATUSES.filter((s) => rollup.counts[s] > 0).map((s) => (
          <li key={s} data-commitment-status={s}>
            {t(`commitmentStatus.${s.toLowerCase() as Lowercase<typeof s>}`)}: {rollup.counts[s]}
          </li>
        ))}
      </ul>
      <CommitmentLine rollup={rollup} />
      {commitments.length === 0 ? (
        <p>{t("boardPack.noCommitments")}</p>
      ) : (
        <CommitmentTable commitments={commitments} caption={t("commitments.title")} />
      )}
    </section>
  );
}
