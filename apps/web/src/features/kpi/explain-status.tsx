import type { KpiDetail } from "@boordtabel/api";
import { useTranslation } from "react-i18next";
import { StatusBadge } from "../../components/status-badge";
import { differenceText, numberText, valueText, yearText } from "../../lib/format";
import { PastTargets } from "./past-targets";
import { useLanguage } from "../../lib/use-language";

/** How each of the engine's numbers reads: a value in the KPI's unit, a moment on the time
 *  axis, a share, a growth rate or a plain count. Listed in the order they are explained. */
const KINDS: Record<string, "value" | "difference" | "time" | "share" | "rate" | "count"> = {
  latest: "value",
  latestValue: "value",
  latestTime: "time",
  startValue: "value",
  startTime: "time",
  baseValue: "value",
  baseTime: "time",
  targetValue: "value",
  targetTime: "time",
  plannedValue: "value",
  gapToPlanned: "difference",
  gapToTarget: "difference",
  projected: "value",
  progress: "share",
  expected: "share",
  ratio: "share",
  rho: "share",
  cagr: "rate",
  cagrObserved: "rate",
  cagrRequired: "rate",
  limitFactor: "count",
  score: "count",
  points: "count",
  direction: "count",
  signChange: "count",
};

/** The status, the engine's sentence, and every number behind it with what it means. */
export function ExplainStatus({ detail }: { detail: KpiDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { assessment, forecast } = detail;
  const text = (key: string, value: number): string => {
    switch (KINDS[key] ?? "count") {
      case "value":
        return valueText(value, detail.kpi.unit, detail.kpi.decimals, language);
      case "difference":
        return differenceText(value, detail.kpi.unit, detail.kpi.decimals, language);
      case "time":
        return yearText(value, language);
      case "share":
        return `${numberText(value * 100, language, 1)} %`;
      case "rate":
        return `${numberText(value * 100, language, 2)} % ${t("explain.perYear")}`;
      case "count":
        return numberText(value, language, 3);
    }
  };
  const keys = Object.keys(assessment.components).sort(
    (a, b) => Object.keys(KINDS).indexOf(a) - Object.keys(KINDS).indexOf(b),
  );
  return (
    <section aria-labelledby="explain-heading" className="panel explain">
      <h2 id="explain-heading">{t("kpi.explain")}</h2>
      <p>
        <StatusBadge status={assessment.status} /> · {t(`method.${assessment.method}`)}
      </p>
      <p data-testid="summary">{assessment.summary[language]}</p>
      <PastTargets detail={detail} />
      {forecast?.projectedAtTarget && (
        <p data-testid="pace">
          {t("kpi.pace", {
            required:
              forecast.requiredPacePerYear === undefined
                ? "–"
                : differenceText(forecast.requiredPacePerYear, detail.kpi.unit, 2, language),
            observed: differenceText(forecast.observedPacePerYear, detail.kpi.unit, 2, language),
          })}{" "}
          {t("kpi.projected", {
            value: valueText(forecast.projectedAtTarget.value, detail.kpi.unit, detail.kpi.decimals, language),
            low: valueText(forecast.projectedAtTarget.low, detail.kpi.unit, detail.kpi.decimals, language),
            high: valueText(forecast.projectedAtTarget.high, detail.kpi.unit, detail.kpi.decimals, language),
            period: forecast.projectedAtTarget.period,
          })}
        </p>
      )}
      {keys.length > 0 && (
        <details>
          <summary>{t("explain.components")}</summary>
          <dl className="components" data-testid="components">
            {keys.map((key) => (
              <div key={key}>
                <dt>{t(`component.${key}`, { defaultValue: key })}</dt>
                <dd>{text(key, assessment.components[key]!)}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </section>
  );
}
