import type { ProposalDto } from "@boordtabel/api";
import { useTranslation } from "react-i18next";
import { dateText } from "../../lib/dates";
import { numberText, periodText } from "../../lib/format";
import { useLanguage } from "../../lib/use-language";
import { KIND_LABEL, STANCE_LABEL, STATE_LABEL } from "./labels";

/** A proposal as read by everyone allowed to see it: the path, its assumptions, the position of
 *  every organisation with the summary, and the decision. `headingLevel` fits the page. */
export function ProposalSummary({ proposal, compact = false }: { proposal: ProposalDto; compact?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const H = compact ? "h4" : "h2";
  return (
    <div className="proposal" data-proposal={proposal.id} data-state={proposal.state}>
      <p>
        <strong>{t(STATE_LABEL[proposal.state])}</strong> ·{" "}
        {proposal.author
          ? t("targetCycle.proposedByName", { name: proposal.author, date: dateText(proposal.createdAt.slice(0, 10)) })
          : t("targetCycle.proposedBy", { date: dateText(proposal.createdAt.slice(0, 10)) })}
      </p>
      {proposal.decision && (
        <p data-decision={proposal.decision.outcome}>
          {t("targetCycle.decidedOn", {
            outcome: t(STATE_LABEL[proposal.decision.outcome]),
            date: dateText(proposal.decision.date),
            reference: proposal.decision.reference ?? "",
          })}
          {proposal.decision.targetRevision !== null &&
            ` · ${t("targetCycle.revision", { revision: proposal.decision.targetRevision })}`}
        </p>
      )}
      {proposal.baseline && proposal.baseline.value !== null && (
        <p>
          {t("targetCycle.baseline", {
            value: numberText(proposal.baseline.value, language),
            period: periodText(proposal.baseline.period, language),
          })}
        </p>
      )}
      <table className="data-table">
        <caption>{t("targetCycle.targets")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("targetCycle.period")}</th>
            <th scope="col">{t("targetCycle.value")}</th>
            <th scope="col">{t("targetCycle.kind")}</th>
          </tr>
        </thead>
        <tbody>
          {proposal.targets.map((target) => (
            <tr key={target.period}>
              <td>{periodText(target.period, language)}</td>
              <td>{numberText(target.value, language)}</td>
              <td>{t(KIND_LABEL[target.kind])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!compact && (
        <>
          <H>{t("targetCycle.justification")}</H>
          <p>{proposal.justification}</p>
          {(proposal.capacityAssumption || proposal.budgetAssumption) && (
            <dl>
              {proposal.capacityAssumption && (
                <>
                  <dt>{t("targetCycle.capacity")}</dt>
                  <dd>{proposal.capacityAssumption}</dd>
                </>
              )}
              {proposal.budgetAssumption && (
                <>
                  <dt>{t("targetCycle.budget")}</dt>
                  <dd>{proposal.budgetAssumption}</dd>
                </>
              )}
            </dl>
          )}
        </>
      )}
      <H>{t("targetCycle.positions")}</H>
      <p data-testid="position-summary">
        {t("targetCycle.summary", {
          agree: proposal.summary.agree,
          reservation: proposal.summary.agreeWithReservation,
          disagree: proposal.summary.disagree,
        })}
      </p>
      {proposal.positions.length === 0 ? (
        <p>{t("targetCycle.noPositions")}</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">{t("targetCycle.positions")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("targetCycle.organisation")}</th>
              <th scope="col">{t("targetCycle.stance")}</th>
              <th scope="col">{t("targetCycle.reservationOrMotivation")}</th>
            </tr>
          </thead>
          <tbody>
            {proposal.positions.map((p) => (
              <tr key={p.organisation.code} data-position={p.organisation.code} data-stance={p.stance}>
                <td>{language === "nl" ? p.organisation.nameNl : p.organisation.nameEn}</td>
                <td>{t(STANCE_LABEL[p.stance])}</td>
                <td>{p.body ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!compact && proposal.earlierPositions.length > 0 && (
        <details>
          <summary>{t("targetCycle.earlierPositions")}</summary>
          <ul>
            {proposal.earlierPositions.map((p) => (
              <li key={`${p.organisation.code}-${p.at}`}>
                {dateText(p.at.slice(0, 10))} · {language === "nl" ? p.organisation.nameNl : p.organisation.nameEn}:{" "}
                {t(STANCE_LABEL[p.stance])}
                {p.body ? ` – ${p.body}` : ""}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
