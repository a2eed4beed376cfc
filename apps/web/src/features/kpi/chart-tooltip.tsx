import type { KpiDetail } from "@boordtabel/api";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { differenceText, periodText, valueText } from "../../lib/format";
import type { ChartRow } from "./to-chart-rows";
import { labelKey } from "../../i18n/keys";
import { useLanguage } from "../../lib/use-language";

/** What a point means: period, value with its status and source, the planned value with its
 *  tolerance, the target with its source and the forecast with its band. */
export function ChartTooltip({
  active,
  payload,
  detail,
}: {
  active?: boolean;
  payload?: { payload?: ChartRow }[];
  detail: KpiDetail;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  const v = (value: number | undefined) => valueText(value, detail.kpi.unit, detail.kpi.decimals, language);
  const value = row.actual ?? row.other;
  return (
    <div className="chart-tooltip" data-testid="chart-tooltip">
      <p className="chart-tooltip-period">{periodText(row.period, language)}</p>
      <dl>
        {value !== undefined && (
          <>
            <dt>{t("kpi.actual")}</dt>
            <dd>
              {v(value)} ({t(labelKey("valueStatus", row.valueStatus ?? "final"))})
            </dd>
            <dt>{t("kpi.source")}</dt>
            <dd>{row.source || row.sourceUrl ? (row.source ?? row.sourceUrl) : t("valueSource.missing")}</dd>
          </>
        )}
        {row.planned !== undefined && (
          <>
            <dt>{t("kpi.planned")}</dt>
            <dd>
              {v(row.planned)}
              {row.band && row.band[1] > row.band[0] && ` (${v(row.band[0])} – ${v(row.band[1])})`}
            </dd>
          </>
        )}
        {row.target !== undefined && (
          <>
            <dt>{t("kpi.target")}</dt>
            <dd>
              {v(row.target)} ({row.targetSource})
            </dd>
          </>
        )}
        {row.actual !== undefined && row.planned !== undefined && (
          <>
            <dt>{t("kpi.gapToPlanned")}</dt>
            <dd>{differenceText(row.actual - row.planned, detail.kpi.unit, detail.kpi.decimals, language)}</dd>
          </>
        )}
        {row.indicative !== undefined && (
          <>
            <dt>{t("kpi.indicative")}</dt>
            <dd>
              {v(row.indicative)} ({row.indicativeSource})
            </dd>
          </>
        )}
        {Object.entries(row.benchmarks ?? {}).map(([entity, value]) => (
          <Fragment key={entity}>
            <dt>{detail.benchmarks.find((b) => b.entity === entity)?.name[language] ?? entity}</dt>
            <dd>{v(value)}</dd>
          </Fragment>
        ))}
        {row.breakInSeries && <dd className="muted">{t("kpi.breakHere")}</dd>}
        {row.forecast !== undefined && row.actual === undefined && (
          <>
            <dt>{t("kpi.forecast")}</dt>
            <dd>
              {v(row.forecast)}
              {row.forecastBand && ` (${v(row.forecastBand[0])} – ${v(row.forecastBand[1])})`}
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}
