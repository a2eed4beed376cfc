import type { Deck } from "@boordtabel/api";
import { useTranslation } from "react-i18next";
import { labelKey } from "../../i18n/keys";
import { dateText } from "../../lib/dates";
import { useLanguage } from "../../lib/use-language";
import { SlideFrame } from "../present/slide-frame";

/** The deck's slide of corrective actions open on its date. */
export function CorrectiveActionsSlide({ actions }: { actions: Deck["correctiveActions"] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <SlideFrame kind="corrective-actions" id="corrective-actions" heading={t("targetCycle.slideTitle")}>
      <ul className="deck-reservations">
        {actions.map((a) => (
          <li key={a.id} data-action={a.id}>
            <p className="deck-reservation-kpi">
              {a.kpi.name[language]} · {t(labelKey("status", a.statusAtOpen))}
            </p>
            <p>{a.what}</p>
            <p className="muted">
              {t("targetCycle.actionLine", { who: a.who, date: dateText(a.dueDate) })} · {a.expectedEffect}
            </p>
          </li>
        ))}
      </ul>
    </SlideFrame>
  );
}
