import { scrollRegion } from "../../components/table-scroll";
import type { ReturnedValues } from "@boordtabel/api";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { dateTimeText, periodText } from "../../lib/format";
import { useLanguage } from "../../lib/use-language";

/** Values a reviewer sent back, at the top of the to-do list: the reason, who and when, and a
 *  link to the form, which opens with the returned version. */
export function DueReturned({ rows }: { rows: ReturnedValues }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="due-returned" className="panel" data-testid="due-returned">
      <h2 id="due-returned">{t("dueLoop.returnedTitle")}</h2>
      <p>{t("dueLoop.returnedIntro")}</p>
      <div className="table-scroll" {...scrollRegion({ labelledBy: "due-returned" })}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("dueLoop.kpi")}</th>
              <th scope="col">{t("dueLoop.period")}</th>
              <th scope="col">{t("dueLoop.reason")}</th>
              <th scope="col">{t("dueLoop.reviewer")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("due.action")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const name = r.series === "total" ? r.name[language] : `${r.name[language]} (${r.seriesLabel[language]})`;
              const period = periodText(r.period, language);
              return (
                <tr key={`${r.kpi}|${r.series}|${r.period}`} data-returned={`${r.kpi}|${r.series}|${r.period}`}>
                  <th scope="row">{name}</th>
                  <td>{period}</td>
                  <td data-testid="due-returned-reason">{r.reason}</td>
                  <td>{t("dueLoop.reviewerDate", { reviewer: r.reviewer, date: dateTimeText(r.at, language) })}</td>
                  <td>
                    <Link
                      to="/kpis/$code/entry"
                      params={{ code: r.kpi }}
                      search={{ series: r.series, period: r.period }}
                      aria-label={t("dueLoop.fixLabel", { kpi: name, period })}
                    >
                      {t("dueLoop.fix")}
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
