import type { PlanOverview } from "@boordtabel/api";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { Coverage } from "../../components/coverage";
import { StatusBadge } from "../../components/status-badge";
import { StatusCounts } from "../../components/status-counts";
import { ValueMarkers } from "../../components/value-markers";
import { periodText, valueText } from "../../lib/format";
import { useLanguage } from "../../lib/use-language";
import { CommitmentCounts, CommitmentsPanel } from "./commitments-panel";
import { KpiSlide } from "./kpi-slide";
import { ReservationsSlide } from "./reservations-slide";
import { CorrectiveActionsSlide } from "../target-cycle/corrective-actions-slide";
import { SlideFrame } from "./slide-frame";
import type { Deck } from "@boordtabel/api";
import { longDate, type KpiRow, type Slide } from "./slides";

export interface SlideContext {
  plan: PlanOverview;
  deck: Deck;
  asOf?: string;
  since?: string;
}

export function SlideView({ slide, ...context }: { slide: Slide } & SlideContext) {
  switch (slide.kind) {
    case "title":
      return <TitleSlide {...context} />;
    case "pillar":
      return <PillarSlide slide={slide} />;
    case "domain":
      return (
        <SlideFrame kind="domain" id={slide.id} heading={<NodeHeading node={slide.node} />}>
          <CommitmentsPanel domain={slide.domain} since={context.since} />
        </SlideFrame>
      );
    case "kpi":
      return <KpiSlide kpi={slide.kpi} asOf={context.asOf} />;
    case "reservations":
      return <ReservationsSlide reservations={slide.reservations} />;
    case "corrective-actions":
      return <CorrectiveActionsSlide actions={slide.actions} />;
    case "closing":
      return <ClosingSlide {...context} />;
  }
}

function NodeHeading({ node }: { node: PlanOverview["nodes"][number] }) {
  const language = useLanguage();
  return (
    <>
      {node.number && <span className="deck-number">{node.number} </span>}
      {node.title[language]}
    </>
  );
}

/** "Zoals gekend op 30 november 2026" for a frozen deck, else "Stand van zaken op …" today. */
export function DeckDate({ asOf }: { asOf?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const date = longDate(asOf ?? new Date().toISOString().slice(0, 10), language);
  return (
    <p className="deck-date" data-testid="deck-date">
      {t(asOf ? "present.frozen" : "present.state", { date })}
    </p>
  );
}

function TitleSlide({ plan, deck, asOf }: SlideContext) {
  const { t } = useTranslation();
  const language = useLanguage();
  const hasKpis = plan.kpis.length > 0;
  return (
    <SlideFrame
      kind="title"
      id="title"
      heading={plan.title[language]}
      className={plan.title[language].length > 60 ? "deck-long-title" : undefined}
    >
      <DeckDate asOf={asOf} />
      {hasKpis && (
        <div className="deck-rollup">
          <Coverage coverage={plan.plan.kpis.coverage} />
          <StatusCounts counts={plan.plan.kpis.counts} className="status-counts" label={t("overview.kpiStatuses")} />
        </div>
      )}
      {deck.commitments.total > 0 && (
        <div className="deck-rollup">
          <p className="coverage">
            {t("present.reported", { reported: deck.commitments.reported, count: deck.commitments.total })}
          </p>
          <CommitmentCounts rollup={deck.commitments} />
        </div>
      )}
    </SlideFrame>
  );
}

function PillarSlide({ slide }: { slide: Extract<Slide, { kind: "pillar" }> }) {
  const { t } = useTranslation();
  const { node } = slide;
  return (
    <SlideFrame
      kind="pillar"
      id={slide.id}
      heading={
        <>
          <NodeHeading node={node} />
          {slide.parts > 1 && (
            <span className="deck-part"> {t("present.part", { part: slide.part, parts: slide.parts })}</span>
          )}
        </>
      }
    >
      {slide.part === 1 && (
        <div className="deck-rollup">
          <Coverage coverage={node.kpis.coverage} />
          <StatusCounts counts={node.kpis.counts} className="status-counts" label={t("overview.kpiStatuses")} />
          {slide.domain && (
            <p className="muted">
              {t("present.reported", { reported: slide.domain.rollup.reported, count: slide.domain.rollup.total })}
            </p>
          )}
        </div>
      )}
      {slide.kpis.length > 0 && (
        <>
          <h2>{t("present.indicators")}</h2>
          <KpiTable kpis={slide.kpis} />
        </>
      )}
      {slide.withoutData > 0 && slide.part === slide.parts && (
        <p className="muted">{t("present.withoutData", { count: slide.withoutData })}</p>
      )}
    </SlideFrame>
  );
}

function KpiTable({ kpis }: { kpis: KpiRow[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <table className="deck-table">
      <thead>
        <tr>
          <th scope="col">{t("present.indicator")}</th>
          <th scope="col">{t("present.latest")}</th>
          <th scope="col">{t("present.status")}</th>
        </tr>
      </thead>
      <tbody>
        {kpis.map((k) => (
          <tr key={k.code} data-kpi={k.code}>
            <th scope="row">{k.name[language]}</th>
            <td>
              {k.latest ? (
                <>
                  {valueText(k.latest.value, k.unit, k.decimals, language)} ({periodText(k.latest.period, language)}){" "}
                  <ValueMarkers latest={k.latest} stale={k.stale} expectedLatestPeriod={k.expectedLatestPeriod} />
                </>
              ) : (
                t("overview.noValue")
              )}
            </td>
            <td>
              <StatusBadge status={k.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Statuses that ask the board for a decision, worst first. */
const ATTENTION = ["NOT_ACHIEVED", "OFF_TRACK", "AT_RISK"];

/** The end: what needs the board's attention (KPIs not achieved, off track or at risk, and the
 *  open reservations), the deck's date and the way back to the plan. */
function ClosingSlide({ plan, deck, asOf }: SlideContext) {
  const { t } = useTranslation();
  const language = useLanguage();
  const attention = plan.kpis
    .filter((k) => ATTENTION.includes(k.status))
    .sort((a, b) => ATTENTION.indexOf(a.status) - ATTENTION.indexOf(b.status));
  return (
    <SlideFrame kind="closing" id="closing" heading={t("present.closing")}>
      <p className="deck-plan-name">{plan.title[language]}</p>
      <DeckDate asOf={asOf} />
      {attention.length > 0 && (
        <>
          <h2>{t("present.attention")}</h2>
          <ul className="deck-attention">
            {attention.map((k) => (
              <li key={k.code} data-attention={k.code}>
                {k.name[language]} <StatusBadge status={k.status} />
              </li>
            ))}
          </ul>
        </>
      )}
      {deck.reservations.length > 0 && <p>{t("present.openReservations", { count: deck.reservations.length })}</p>}
      <p>
        <Link to="/plans/$code" params={{ code: plan.code }} search={{ asOf }} className="deck-link">
          {t("present.backToPlan")}
        </Link>
      </p>
    </SlideFrame>
  );
}
