import { useTranslation } from "react-i18next";
import { labelKey } from "../../i18n/keys";
import { useLanguage } from "../../lib/use-language";
import { writtenDate, type PackData } from "./pack-data";

/** Open reservations and comments of social partners on the headline KPIs, as known then. */
export function OpenNotes({ data }: { data: PackData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const end = `${data.asOf}T23:59:59.999Z`;
  const notes = data.details.flatMap((d) =>
    d.reviewNotes
      .filter((n) => n.state === "open" && n.createdAt <= end)
      .map((n) => ({ ...n, kpi: d.kpi.name[language] })),
  );
  return (
    <section className="pack-page" data-pack-section="notes">
      <h2>{t("boardPack.notes")}</h2>
      {notes.length === 0 ? (
        <p>{t("boardPack.noNotes")}</p>
      ) : (
        <ul className="pack-notes">
          {notes.map((n) => (
            <li key={n.id} data-note={n.kind}>
              <strong>
                {t("boardPack.noteLine", {
                  kind: t(labelKey("notes.kind", n.kind)),
                  kpi: n.kpi,
                  author: n.author,
                  date: writtenDate(n.createdAt.slice(0, 10), language),
                })}
              </strong>
              <p>{n.body}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Where the figures come from: the plan's document, each headline KPI's source and the
 *  sources named on its values. */
export function Sources({ data }: { data: PackData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const valueSources = [...new Set(data.details.flatMap((d) => d.valueSources))];
  return (
    <section className="pack-page" data-pack-section="sources">
      <h2>{t("boardPack.sources")}</h2>
      <ul>
        <li>{t("boardPack.planSource", { source: data.planSource })}</li>
        {data.details.map((d) => {
          const source = [d.kpi.sourceOrganisation?.name[language], d.kpi.source].filter(Boolean).join(", ");
          return source ? (
            <li key={d.kpi.code}>{t("boardPack.kpiSource", { kpi: d.kpi.name[language], source })}</li>
          ) : null;
        })}
      </ul>
      {valueSources.length > 0 && (
        <>
          <h3>{t("boardPack.valueSources")}</h3>
          <ul>
            {valueSources.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </>
      )}
      <p className="muted">{t("boardPack.method")}</p>
    </section>
  );
}
