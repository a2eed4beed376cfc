import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { StatusBadge } from "../../components/status-badge";
import { STATUSES } from "@boordtabel/domain";
import { DEFAULT_PLAN } from "../../lib/default-plan";
import { scrollRegion } from "../../components/table-scroll";

const METHODS = ["trajectory", "opensdg", "unsd"] as const;
const EXAMPLE_STEPS = ["planned", "ratio", "verdict", "pastTarget", "indicative", "tolerance"] as const;

/** How a status comes about, in the words a board member reads: the statuses and their
 *  thresholds, the three methods, staleness, past targets, "as known on", and one worked example
 *  with the employment rate's own numbers. */
export function MethodologyPage() {
  const { t } = useTranslation();
  return (
    <article className="methodology">
      <h1>{t("methodology.title")}</h1>
      <p className="lead">{t("methodology.intro")}</p>

      <section aria-labelledby="m-statuses">
        <h2 id="m-statuses">{t("methodology.statuses")}</h2>
        <div className="table-scroll" {...scrollRegion({ labelledBy: "m-statuses" })}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("kpiList.status")}</th>
                <th scope="col">{t("methodology.when")}</th>
              </tr>
            </thead>
            <tbody>
              {STATUSES.map((s) => (
                <tr key={s} data-status-row={s}>
                  <th scope="row">
                    <StatusBadge status={s} />
                  </th>
                  <td>{t(`legend.${s}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="m-thresholds">
        <h2 id="m-thresholds">{t("methodology.thresholds")}</h2>
        <p>{t("methodology.ratio")}</p>
        <p>{t("methodology.thresholdText")}</p>
        <p>{t("methodology.tolerance")}</p>
      </section>

      <section aria-labelledby="m-methods">
        <h2 id="m-methods">{t("methodology.methods")}</h2>
        <dl className="methods">
          {METHODS.map((m) => (
            <div key={m}>
              <dt>{t(`method.${m}`)}</dt>
              <dd>{t(`methodology.method.${m}`)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="m-honesty">
        <h2 id="m-honesty">{t("methodology.honesty")}</h2>
        <h3>{t("methodology.staleTitle")}</h3>
        <p>{t("methodology.stale")}</p>
        <h3>{t("methodology.pastTitle")}</h3>
        <p>{t("methodology.past")}</p>
        <h3>{t("methodology.asOfTitle")}</h3>
        <p>{t("methodology.asOf")}</p>
        <h3>{t("methodology.coverageTitle")}</h3>
        <p>{t("methodology.coverage")}</p>
        <h3>{t("methodology.unknownTitle")}</h3>
        <p>{t("methodology.unknown")}</p>
      </section>

      <section aria-labelledby="m-example" data-testid="worked-example">
        <h2 id="m-example">{t("methodology.exampleTitle")}</h2>
        <p>{t("methodology.exampleIntro")}</p>
        <div className="table-scroll" {...scrollRegion(t("methodology.exampleData"))}>
          <table className="data-table">
            <caption>{t("methodology.exampleData")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("kpi.period")}</th>
                <th scope="col">{t("methodology.what")}</th>
                <th scope="col">{t("kpi.actual")}</th>
              </tr>
            </thead>
            <tbody>
              {(["baseline", "target2020", "value2020", "value2022", "indicative2024", "target2030"] as const).map(
                (row) => (
                  <tr key={row}>
                    <th scope="row">{t(`methodology.example.${row}.period`)}</th>
                    <td>{t(`methodology.example.${row}.what`)}</td>
                    <td className="number">{t(`methodology.example.${row}.value`)}</td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
        <ol className="steps">
          {EXAMPLE_STEPS.map((step) => (
            <li key={step} data-step={step}>
              {t(`methodology.step.${step}`)}
            </li>
          ))}
        </ol>
      </section>
      <p>
        <Link to="/plans/$code" params={{ code: DEFAULT_PLAN }}>
          ← {t("methodology.back")}
        </Link>
      </p>
    </article>
  );
}
