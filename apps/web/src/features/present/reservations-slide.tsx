import type { Deck } from "@boordtabel/api";
import { useTranslation } from "react-i18next";
import { dateText } from "../../lib/dates";
import { periodText } from "../../lib/format";
import { useLanguage } from "../../lib/use-language";
import { SlideFrame } from "./slide-frame";

/** The reservations of the social partners still open on the deck's date, per KPI. */
export function ReservationsSlide({ reservations }: { reservations: Deck["reservations"] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <SlideFrame kind="reservations" id="reservations" heading={t("present.reservations")}>
      {reservations.length === 0 ? (
        <p>{t("present.noReservations")}</p>
      ) : (
        <ul className="deck-reservations">
          {reservations.map((r) => (
            <li key={r.id} data-reservation={r.id}>
              <p className="deck-reservation-kpi">
                {r.kpi.name[language]}
                {r.period && ` · ${periodText(r.period, language)}`}
              </p>
              <blockquote>{r.body}</blockquote>
              <p className="muted">
                {t("present.reservationBy", {
                  author: r.organisation ? `${r.author} (${r.organisation[language]})` : r.author,
                  date: dateText(r.createdAt.slice(0, 10)),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </SlideFrame>
  );
}
