import type { PlanOverview } from "@boordtabel/api";
import { useTranslation } from "react-i18next";
import { CommitmentLine } from "../../components/commitment-line";
import { Coverage } from "../../components/coverage";
import { StatusBadge } from "../../components/status-badge";
import { ValueMarkers } from "../../components/value-markers";
import { StatusCounts } from "../../components/status-counts";
import { periodText, valueText } from "../../lib/format";
import type { Slide } from "./slides";
import { useLanguage } from "../../lib/use-language";

/** A roll-up on a slide: on how many KPIs it rests, the count per status, the commitments. */
function Counts({ rollup }: { rollup: PlanOverview["plan"] }) {
  return (
    <>
      <Coverage coverage={rollup.kpis.coverage} />
      <StatusCounts counts={rollup.kpis.counts} className="slide-counts" />
      <CommitmentLine rollup={rollup.commitments} />
    </>
  );
}

export function SlideView({ slide, plan }: { slide: Slide; plan: PlanOverview }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (slide.kind === "plan") {
    return (
      <section className="slide" data-slide="plan">
        <h1>{plan.title[language]}</h1>
        <Counts rollup={plan.plan} />
      </section>
    );
  }
  if (slide.kind === "pillar") {
    return (
      <section className="slide" data-slide={slide.node.code}>
        <h1>
          {slide.node.number && `${slide.node.number} `}
          {slide.node.title[language]}
        </h1>
        <Counts rollup={slide.node} />
      </section>
    );
  }
  const { kpi } = slide;
  return (
    <section className="slide" data-slide={kpi.code}>
      <h1>{kpi.name[language]}</h1>
      <p className="slide-figure">
        {kpi.latest
          ? `${valueText(kpi.latest.value, kpi.unit, kpi.decimals, language)} (${periodText(kpi.latest.period, language)})`
          : t("overview.noValue")}
      </p>
      <p>
        <ValueMarkers latest={kpi.latest} stale={kpi.stale} expectedLatestPeriod={kpi.expectedLatestPeriod} />
      </p>
      <p>
        <StatusBadge status={kpi.status} />
      </p>
      <p>{kpi.summary[language]}</p>
    </section>
  );
}
