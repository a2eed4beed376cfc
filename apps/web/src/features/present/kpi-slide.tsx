import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../components/query-state";
import { StatusBadge } from "../../components/status-badge";
import { ValueMarkers } from "../../components/value-markers";
import { differenceText, periodText, valueText } from "../../lib/format";
import { useTRPC } from "../../lib/trpc";
import { useLanguage } from "../../lib/use-language";
import { PastTargets } from "../kpi/past-targets";
import { TargetChart } from "../kpi/target-chart";
import { SlideFrame } from "./slide-frame";
import { latestChange, type KpiRow } from "./slides";
import { useViewportHeight } from "./use-viewport-height";

/** A headline KPI: the target-versus-actual chart, large, beside the latest value with its
 *  period and markers, the change since the value before, the target, the past targets' verdicts,
 *  the status sentence and the source. */
export function KpiSlide({ kpi, asOf }: { kpi: KpiRow; asOf?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const trpc = useTRPC();
  const detail = useQuery(trpc.kpi.detail.queryOptions({ code: kpi.code, asOf }));
  // The chart takes what the heading and the footer leave of the screen's height.
  const height = Math.max(280, Math.round(useViewportHeight() * 0.62));
  return (
    <SlideFrame
      kind="kpi"
      id={kpi.code}
      heading={
        <>
          {kpi.name[language]} <StatusBadge status={kpi.status} />
        </>
      }
    >
      <QueryState query={detail} skeletonRows={6}>
        {(data) => {
          const change = latestChange(data);
          const value = (v: number) => valueText(v, data.kpi.unit, data.kpi.decimals, language);
          const source = change?.latest.source ?? data.kpi.source;
          const organisation = data.kpi.sourceOrganisation?.name[language];
          return (
            <div className="deck-kpi-body">
              <div className="deck-chart">
                <TargetChart detail={data} height={height} />
              </div>
              <div className="deck-facts">
                <p className="deck-label">{t("present.latest")}</p>
                {change ? (
                  <>
                    <p className="deck-figure" data-testid="latest">
                      {value(change.latest.value)}{" "}
                      <span className="deck-period">{periodText(change.latest.period, language)}</span>
                    </p>
                    <p>
                      <ValueMarkers
                        latest={change.latest}
                        stale={data.assessment.stale}
                        expectedLatestPeriod={data.assessment.expectedLatestPeriod}
                      />
                    </p>
                    <p data-testid="change">
                      {change.previous && change.difference !== null
                        ? t("present.changeSince", {
                            difference: signed(
                              differenceText(change.difference, data.kpi.unit, data.kpi.decimals, language),
                              change.difference,
                            ),
                            period: periodText(change.previous.period, language),
                            value: value(change.previous.value),
                          })
                        : t("present.noPrevious")}
                    </p>
                  </>
                ) : (
                  <p className="deck-figure">{t("overview.noValue")}</p>
                )}
                <p className="deck-label">{t("present.target")}</p>
                <p data-testid="target">
                  {kpi.target
                    ? `${t("present.targetLine", {
                        value: valueText(
                          kpi.target.value,
                          kpi.unit,
                          Number.isInteger(kpi.target.value) ? 0 : kpi.decimals,
                          language,
                        ),
                        period: periodText(kpi.target.period, language),
                      })}${kpi.target.source ? ` (${kpi.target.source})` : ""}`
                    : t("present.noTarget")}
                </p>
                <PastTargets detail={data} />
                <p className="deck-summary" data-testid="summary">
                  {data.assessment.summary[language]}
                </p>
                {(source || organisation) && (
                  <p className="deck-source" data-testid="source">
                    {t("present.source")}: {[source, organisation].filter(Boolean).join(" · ")}
                  </p>
                )}
              </div>
            </div>
          );
        }}
      </QueryState>
    </SlideFrame>
  );
}

/** "+0,1 pt": a rise says so; a fall already carries its minus sign. */
const signed = (text: string, difference: number) => (difference > 0 ? `+${text}` : text);
