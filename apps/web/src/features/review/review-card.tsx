import type { ReviewQueue } from "@boordtabel/api";
import { Link } from "@tanstack/react-router";
import { forwardRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { SourceLink } from "../../components/source-link";
import { dateTimeText, differenceText, periodText, valueText } from "../../lib/format";
import { formText } from "../../lib/messages";
import { useLanguage } from "../../lib/use-language";
import { Field } from "../entry/field";
import { CandidateChart } from "./candidate-chart";

export type Submitted = ReviewQueue["submitted"][number];
export type Decision =
  { kind: "validate" } | { kind: "reserve"; reservation: string } | { kind: "sendBack"; reason: string };

/** The field that opens on a click takes the focus, so typing can start at once. */
const focusOnMount = (element: HTMLTextAreaElement | null) => element?.focus();

export const cardId = (s: Submitted) => `${s.kpi}|${s.series}|${s.period}`;

interface Props {
  item: Submitted;
  busy: boolean;
  error: string | null;
  onDecide: (decision: Decision) => void;
}

/** One submitted value with what a reviewer needs to judge it, and the three decisions. A value
 *  without a source can only be sent back: the board must be able to check every figure. The
 *  forwarded ref is the card's heading, which takes the focus when the card before it leaves. */
export const ReviewCard = forwardRef<HTMLHeadingElement, Props>(function ReviewCard(
  { item: s, busy, error, onDecide },
  heading,
) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [open, setOpen] = useState<"reserve" | "sendBack" | null>(null);
  const [missing, setMissing] = useState(false);
  const id = cardId(s).replace(/[^A-Za-z0-9-]/g, "_");
  const value = (v: number | null) => valueText(v, s.unit, s.decimals, language);
  const hasSource = Boolean(s.source || s.sourceUrl);

  const toggle = (form: "reserve" | "sendBack") => {
    setMissing(false);
    setOpen(open === form ? null : form);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const text = formText(new FormData(event.currentTarget), "text").trim();
    setMissing(!text);
    // The empty field is marked invalid; focus goes back to it from the button.
    if (!text) return event.currentTarget.querySelector("textarea")?.focus();
    onDecide(open === "reserve" ? { kind: "reserve", reservation: text } : { kind: "sendBack", reason: text });
  };

  return (
    <article className="review-card panel" data-submitted={cardId(s)} aria-labelledby={`card-${id}`}>
      <h3 id={`card-${id}`} ref={heading} tabIndex={-1}>
        <Link to="/kpis/$code" params={{ code: s.kpi }} search={{ series: s.series }}>
          {s.name[language]}
        </Link>{" "}
        · {periodText(s.period, language)}
      </h3>
      <div className="review-card-body">
        <dl className="facts">
          <dt>{t("review.card.series")}</dt>
          <dd>
            {s.seriesLabel[language]} <span className="muted">({s.kpi})</span>
          </dd>
          <dt>{t("review.card.value")}</dt>
          <dd data-testid="candidate-value">
            <strong>{value(s.value)}</strong>
            {s.status !== "final" &&
              ` (${t(s.status === "estimate" ? "review.card.estimate" : "review.card.provisional")})`}
            {" · v"}
            {s.version}
          </dd>
          <dt>{t("review.card.previous")}</dt>
          <dd data-testid="previous-value">
            {s.previous
              ? `${value(s.previous.value)} (${periodText(s.previous.period, language)})${s.previous.period === s.period ? ` ${t("review.card.revision")}` : ""}`
              : t("review.card.noPrevious")}
          </dd>
          {s.change !== null && (
            <>
              <dt>{t("review.card.change")}</dt>
              <dd data-testid="change">
                {s.change > 0 ? "+" : ""}
                {differenceText(s.change, s.unit, s.decimals, language)}
              </dd>
            </>
          )}
          <dt>{t("review.card.source")}</dt>
          <dd>
            {hasSource ? (
              <SourceLink label={s.source} url={s.sourceUrl} />
            ) : (
              <span className="flag" data-flag="no-source">
                {t("review.card.noSource")}
              </span>
            )}
          </dd>
          <dt>{t("review.card.comment")}</dt>
          <dd>{s.comment ?? <span className="muted">{t("review.card.noComment")}</span>}</dd>
        </dl>
        <CandidateChart
          history={s.history}
          candidate={{ period: s.period, value: s.value }}
          unit={s.unit}
          decimals={s.decimals}
        />
      </div>
      {s.outlier && (
        <p className="flag" data-flag="outlier">
          {t("review.card.outlier")}
        </p>
      )}
      {s.author && s.submittedAt && (
        <p className="muted">
          {t("review.card.submittedBy", { author: s.author, date: dateTimeText(s.submittedAt, language) })}
        </p>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="actions">
        {hasSource && (
          <>
            <button
              type="button"
              className="primary"
              aria-disabled={busy}
              onClick={() => !busy && onDecide({ kind: "validate" })}
            >
              {t("review.validate")}
            </button>
            <button type="button" aria-expanded={open === "reserve"} onClick={() => toggle("reserve")}>
              {t("review.validateWithReservation")}
            </button>
          </>
        )}
        <button type="button" aria-expanded={open === "sendBack"} onClick={() => toggle("sendBack")}>
          {t("review.sendBack")}
        </button>
      </div>
      {open && (
        <form onSubmit={submit} className="entry-form" noValidate>
          <Field
            id={`${open}-${id}`}
            label={t(open === "reserve" ? "review.reservation" : "review.sendBackReason")}
            hint={open === "reserve" ? t("review.reservationHint") : undefined}
            error={missing ? t(open === "reserve" ? "review.reservationRequired" : "review.reasonRequired") : undefined}
          >
            {(props) => <textarea {...props} ref={focusOnMount} name="text" rows={2} />}
          </Field>
          <div className="actions">
            <button type="submit" className="primary" aria-disabled={busy}>
              {t(open === "reserve" ? "review.confirmValidateWithReservation" : "review.confirmSendBack")}
            </button>
            <button type="button" onClick={() => setOpen(null)}>
              {t("review.cancel")}
            </button>
          </div>
        </form>
      )}
    </article>
  );
});
