import type { ReviewQueue } from "@boordtabel/api";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { dateTimeText, periodText } from "../../lib/format";
import { errorDetails, formText } from "../../lib/messages";
import { useTRPC } from "../../lib/trpc";
import { useLanguage } from "../../lib/use-language";

type Reservation = ReviewQueue["reservations"][number];

/** The open reservations on KPIs, each with a form to resolve it. */
export function ReservationList({ items }: { items: Reservation[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const resolve = useMutation(
    trpc.review.resolve.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.review.queue.queryKey() }),
    }),
  );
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
