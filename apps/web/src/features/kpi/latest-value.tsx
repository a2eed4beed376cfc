import type { KpiDetail } from "@boordtabel/api";
import { parsePeriod } from "@boordtabel/domain";
import { useTranslation } from "react-i18next";
import { ValueMarkers } from "../../components/value-markers";
import { periodText, valueText } from "../../lib/format";
import { useLanguage } from "../../lib/use-language";

/** The latest value of the KPI's own frequency with its period and markers, beside the status. */
export function LatestValue({ detail }: { detail: KpiDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const frequency = detail.selectedFrequency.toUpperCase();
  const own = detail.chart.points.filter((o) => parsePeriod(o.period).frequency === frequency);
  const latest = (own.length > 0 ? own : detail.chart.points).at(-1);
  if (!latest) return null;
  return (
    <span className="latest-value" data-testid="latest-value">
      {t("kpi.latestValue", {
        value: valueText(latest.value, detail.kpi.unit, detail.kpi.decimals, language),
        period: periodText(latest.period, language),
      })}{" "}
      <ValueMarkers
        latest={latest}
        stale={detail.assessment.stale}
        expectedLatestPeriod={detail.assessment.expectedLatestPeriod}
      />
    </span>
  );
}
