import type { PlanOverview } from "@boordtabel/api";
import { useTranslation } from "react-i18next";
import { StatusBadge } from "../../components/status-badge";
import type { Language } from "../../i18n";
import { periodText, valueText } from "../../lib/format";
import type { Slide } from "./slides";

const ORDER = ["ACHIEVED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "NOT_ACHIEVED", "NO_DATA", "NO_TARGET"] as const;

function Counts({ counts }: { counts: Record<(typeof ORDER)[number], number> }) {
  return (
    <ul className="slide-counts">
      {ORDER.filter((s) => counts[s] > 0).map((s) => (
        <li key={s}>
          <StatusBadge status={s} />: {counts[s]}
        </li>
      ))}
    </ul>
  );
}

export function SlideView({ slide, plan }: { slide: Slide; plan: PlanOverview }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  if (slide.kind === "plan") {
    return (
      <section className="slide" data-slide="plan">
        <h1>{plan.title[language]}</h1>
        <Counts counts={plan.plan.kpis.counts} />
        <p>{t("overview.commitments", { count: plan.plan.commitments.total, late: plan.plan.commitments.late })}</p>
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
        <Counts counts={slide.node.kpis.counts} />
        <p>{t("overview.commitments", { count: slide.node.commitments.total, late: slide.node.commitments.late })}</p>
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
        <StatusBadge status={kpi.status} />
      </p>
      <p>{kpi.summary[language]}</p>
    </section>
  );
}
