import { useTranslation } from "react-i18next";
import { useLanguage } from "../../lib/use-language";
import { writtenDate, type PackCommitment, type PackData } from "./pack-data";
import { scrollRegion } from "../../components/table-scroll";

/** Commitments as a table: code, title, status, deadline and who is responsible. */
export function CommitmentTable({ commitments, caption }: { commitments: PackCommitment[]; caption: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="table-scroll" {...scrollRegion(caption)}>
      <table className="data-table pack-table pack-commitments">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("boardPack.code")}</th>
            <th scope="col">{t("boardPack.commitment")}</th>
            <th scope="col">{t("boardPack.status")}</th>
            <th scope="col">{t("boardPack.deadline")}</th>
            <th scope="col">{t("boardPack.responsible")}</th>
          </tr>
        </thead>
        <tbody>
          {commitments.map((c) => (
            <tr key={c.code} data-commitment={c.code}>
              <td>{c.code}</td>
              <th scope="row">{c.title[language]}</th>
              <td>{t(`commitmentStatus.${c.status}`)}</td>
              <td>{c.deadline ? writtenDate(c.deadline, language) : t("boardPack.none")}</td>
              <td>
                {c.actors
                  .filter((a) => a.role === "responsible")
                  .map((a) => a.label ?? a.organisation)
                  .join(", ") || t("boardPack.none")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Late commitments, and commitments whose reported state contradicts their KPI. */
export function CommitmentsAttention({ data }: { data: PackData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const late = data.commitments.filter((c) => c.late);
  const byCode = new Map(data.commitments.map((c) => [c.code, c]));
  const kpiName = new Map(data.overview.kpis.map((k) => [k.code, k.name[language]]));
  const contradictions = data.overview.contradictions;
  return (
    <section className="pack-page" data-pack-section="commitments">
      <h2>{t("boardPack.commitmentsAttention")}</h2>
      <h3>{t("boardPack.late")}</h3>
      {late.length === 0 ? (
        <p>{t("boardPack.noLate")}</p>
      ) : (
        <CommitmentTable commitments={late} caption={t("boardPack.late")} />
      )}
      {data.overview.kpis.length > 0 && (
        <>
          <h3>{t("boardPack.contradictions")}</h3>
          {contradictions.length === 0 ? (
            <p>{t("boardPack.noContradictions")}</p>
          ) : (
            <ul>
              {contradictions.map((c) => (
                <li key={`${c.commitment}-${c.kpi}`} data-contradiction={c.commitment}>
                  {c.commitment} {byCode.get(c.commitment)?.title[language]}:{" "}
                  {t(`contradiction.${c.kind}`, { kpi: kpiName.get(c.kpi) ?? c.kpi })}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
