import type { ReviewQueue } from "@boordtabel/api";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../components/query-state";
import { dateTimeText, periodText } from "../../lib/format";
import { errorDetails, formText } from "../../lib/messages";
import { useTRPC } from "../../lib/trpc";
import { NoteForm } from "./note-form";
import { useLanguage } from "../../lib/use-language";

/** The reviewers' round: submitted values to validate or send back, open reservations to
 *  resolve, and a form for a comment or reservation on a KPI and period. */
export function ReviewPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queue = useQuery(trpc.review.queue.queryOptions());
  return (
    <>
      <h1>{t("review.title")}</h1>
      <QueryState query={queue}>
        {(data) => (
          <>
            <SubmittedList items={data.submitted} />
            <ReservationList items={data.reservations} />
          </>
        )}
      </QueryState>
      <NoteForm />
    </>
  );
}

type Submitted = ReviewQueue["submitted"][number];
type Reservation = ReviewQueue["reservations"][number];

function useRefreshQueue() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.review.queue.queryKey() });
}

function SubmittedList({ items }: { items: Submitted[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const trpc = useTRPC();
  const refresh = useRefreshQueue();
  const validate = useMutation(trpc.measurement.validate.mutationOptions({ onSettled: refresh }));
  const sendBack = useMutation(trpc.measurement.sendBack.mutationOptions({ onSettled: refresh }));
  const [returning, setReturning] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = (s: Submitted) => `${s.kpi}|${s.series}|${s.period}`;
  const onError = (e: unknown) => setError(errorDetails(e).message);

  const back = (s: Submitted) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = formText(new FormData(event.currentTarget), "reason").trim();
    if (!reason) {
      setError(t("review.reasonRequired"));
      return;
    }
    sendBack.mutate(
      { kpi: s.kpi, series: s.series, period: s.period, expectedVersion: s.version, reason },
      { onSuccess: () => setReturning(null), onError },
    );
  };

  return (
    <section aria-labelledby="submitted-heading">
      <h2 id="submitted-heading">{t("review.submitted", { count: items.length })}</h2>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {items.length === 0 ? (
        <p className="empty">{t("review.noneSubmitted")}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("commitments.kpis")}</th>
              <th scope="col">{t("kpi.period")}</th>
              <th scope="col">{t("kpi.actual")}</th>
              <th scope="col">{t("review.by")}</th>
              <th scope="col">{t("review.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((s) => (
              <tr key={id(s)} data-submitted={id(s)}>
                <th scope="row">
                  <Link to="/kpis/$code" params={{ code: s.kpi }}>
                    {s.kpi}
                  </Link>
                  {s.series !== "total" && ` (${s.series})`}
                </th>
                <td>{periodText(s.period, language)}</td>
                <td className="number">
                  {s.value?.toLocaleString(language === "nl" ? "nl-BE" : "en-GB") ?? "–"} (v{s.version})
                </td>
                <td>
                  {s.author ?? "–"}
                  {s.submittedAt && `, ${dateTimeText(s.submittedAt, language)}`}
                </td>
                <td>
                  <div className="actions">
                    <button
                      type="button"
                      className="primary"
                      onClick={() =>
                        validate.mutate(
                          { kpi: s.kpi, series: s.series, period: s.period, expectedVersion: s.version },
                          { onError },
                        )
                      }
                    >
                      {t("review.validate")}
                    </button>
                    <button type="button" onClick={() => setReturning(returning === id(s) ? null : id(s))}>
                      {t("review.sendBack")}
                    </button>
                  </div>
                  {returning === id(s) && (
                    <form onSubmit={back(s)} className="inline-form">
                      <label htmlFor={`reason-${id(s)}`}>{t("entry.reason")}</label>
                      <input id={`reason-${id(s)}`} name="reason" />
                      <button type="submit">{t("review.confirmSendBack")}</button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function ReservationList({ items }: { items: Reservation[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const trpc = useTRPC();
  const refresh = useRefreshQueue();
  const resolve = useMutation(trpc.review.resolve.mutationOptions({ onSettled: refresh }));
  const [error, setError] = useState<string | null>(null);
  const submit = (r: Reservation) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const resolution = formText(new FormData(event.currentTarget), "resolution").trim();
    if (!resolution) {
      setError(t("review.resolutionRequired"));
      return;
    }
    resolve.mutate({ id: r.id, resolution }, { onError: (e) => setError(errorDetails(e).message) });
  };
  return (
    <section aria-labelledby="reservations-heading">
      <h2 id="reservations-heading">{t("review.reservations", { count: items.length })}</h2>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {items.length === 0 ? (
        <p className="empty">{t("review.noneOpen")}</p>
      ) : (
        <ul className="notes">
          {items.map((r) => (
            <li key={r.id} data-reservation={r.id} data-note="reservation" data-state="open">
              <p className="note-head">
                <Link to="/kpis/$code" params={{ code: r.kpi }}>
                  {r.kpi}
                </Link>
                {r.period && ` · ${periodText(r.period, language)}`} · {dateTimeText(r.createdAt, language)}
              </p>
              <p>{r.body}</p>
              <form onSubmit={submit(r)} className="inline-form">
                <label htmlFor={`resolution-${r.id}`}>{t("review.resolution")}</label>
                <input id={`resolution-${r.id}`} name="resolution" />
                <button type="submit">{t("review.resolve")}</button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
