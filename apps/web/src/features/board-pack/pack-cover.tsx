import { useTranslation } from "react-i18next";
import { Coverage } from "../../components/coverage";
import { CommitmentLine } from "../../components/commitment-line";
import { StatusCounts } from "../../components/status-counts";
import { useLanguage } from "../../lib/use-language";
import { writtenDate, writtenMoment, type PackData } from "./pack-data";

/** The first page: plan, the date it is known on, when it was made and on what it rests. */
export function PackCover({ data }: { data: PackData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { overview } = data;
  const hasKpis = overview.kpis.length > 0;
  return (
    <section className="pack-cover" data-pack-section="cover">
      <p className="pack-kicker">
        {t("app.name")} · {t("boardPack.title")}
      </p>
      <h1>{overview.title[language]}</h1>
      <p className="pack-as-of">{t("boardPack.asOf", { date: writtenDate(data.asOf, language) })}</p>
      <p className="muted">{t("boardPack.generated", { date: writtenMoment(data.generatedAt, language) })}</p>
      <h2 className="pack-minor">{t("boardPack.coverage")}</h2>
      {hasKpis && (
        <>
          <Coverage coverage={overview.plan.kpis.coverage} />
          <StatusCounts counts={overview.plan.kpis.counts} className="status-counts" />
        </>
      )}
      <p className="coverage">
        {t("boardPack.reported", {
          reported: overview.plan.commitments.reported,
          count: overview.plan.commitments.total,
        })}
      </p>
      <CommitmentLine rollup={overview.plan.commitments} />
    </section>
  );
}
