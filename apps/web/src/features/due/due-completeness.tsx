import { scrollRegion } from "../../components/table-scroll";
import type { PlanCompleteness } from "@boordtabel/api";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { periodText } from "../../lib/format";
import { useLanguage } from "../../lib/use-language";

const percent = (share: number, language: string) =>
  new Intl.NumberFormat(language === "en" ? "en-GB" : "nl-BE", { style: "percent", maximumFractionDigits: 0 }).format(
    share,
  );

/** The plan's completeness and timeliness with their definitions, then every missing expected
 *  period per KPI and, per responsible organisation, which KPIs lack values. */
export function DueCompleteness({ data }: { data: PlanCompleteness }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { plan, kpis } = data;
  const organisations = new Map<string, { name: string; kpis: typeof kpis }>();
  for (const k of kpis) {
    const owners = k.organisations.length ? k.organisations : [{ code: "", name: { nl: "", en: "" } }];
    for (const o of owners) {
      const entry = organisations.get(o.code) ?? {
        name: o.code ? o.name[language] : t("dueLoop.noOrganisation"),
        kpis: [],
      };
      entry.kpis.push(k);
      organisations.set(o.code, entry);
    }
  }
  return (
    <>
      <section aria-labelledby="due-figures" className="panel" data-testid="due-figures">
        <h2 id="due-figures">{t("dueLoop.figuresTitle")}</h2>
        {plan.completeness === null || plan.timeliness === null ? (
          <p>{t("dueLoop.noFigures")}</p>
        ) : (
          <dl className="due-figures">
            <div>
              <dt>{t("dueLoop.completeness")}</dt>
              <dd data-testid="due-completeness">
                {t("dueLoop.completenessValue", {
                  share: percent(plan.completeness, language),
                  published: plan.published,
                  expected: plan.expected,
                })}
              </dd>
            </div>
            <div>
              <dt>{t("dueLoop.timeliness")}</dt>
              <dd data-testid="due-timeliness">
                {t("dueLoop.timelinessValue", {
                  share: percent(plan.timeliness, language),
                  onTime: plan.onTime,
                  expected: plan.expected,
                })}
              </dd>
            </div>
          </dl>
        )}
        <p className="muted" data-testid="due-definitions">
          {t("dueLoop.definitions")} <Link to="/methodologie">{t("dueLoop.methodology")}</Link>
        </p>
      </section>
      <section aria-labelledby="due-missing">
        <h2 id="due-missing">{t("dueLoop.missingTitle")}</h2>
        {kpis.length === 0 ? (
          <p className="empty">{t("dueLoop.missingNone")}</p>
        ) : (
          <div className="table-scroll" {...scrollRegion({ labelledBy: "due-missing" })}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("dueLoop.kpi")}</th>
                  <th scope="col">{t("dueLoop.missing")}</th>
                </tr>
              </thead>
              <tbody>
                {kpis.map((k) => (
                  <tr key={k.kpi} data-missing={k.kpi}>
                    <th scope="row">
                      {k.name[language]}
                      <br />
                      <span className="muted">{t("dueLoop.missingCount", { count: k.missing.length })}</span>
                    </th>
                    <td>
                      <ul className="inline-list">
                        {k.missing.map((p) => (
                          <li key={p}>
                            <Link
                              to="/kpis/$code/entry"
                              params={{ code: k.kpi }}
                              search={{ series: k.series, period: p }}
                              aria-label={t("dueLoop.enterPeriod", {
                                period: periodText(p, language),
                                kpi: k.name[language],
                              })}
                            >
                              {periodText(p, language)}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {kpis.length > 0 && (
        <section aria-labelledby="due-organisations">
          <h2 id="due-organisations">{t("dueLoop.byOrganisation")}</h2>
          {[...organisations.entries()].map(([code, o]) => (
            <section
              key={code || "none"}
              aria-labelledby={`due-org-${code || "none"}`}
              data-organisation={code || "none"}
            >
              <h3 id={`due-org-${code || "none"}`}>{o.name}</h3>
              <ul>
                {o.kpis.map((k) => (
                  <li key={k.kpi}>
                    {k.name[language]}: {t("dueLoop.missingCount", { count: k.missing.length })}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      )}
    </>
  );
}
