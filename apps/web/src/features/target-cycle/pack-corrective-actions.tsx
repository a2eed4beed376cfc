import type { Deck } from "@boordtabel/api";
import { useTranslation } from "react-i18next";
import { labelKey } from "../../i18n/keys";
import { dateText } from "../../lib/dates";
import { useLanguage } from "../../lib/use-language";

/** The board pack's page of corrective actions open on its date (left out when there are none). */
export function PackCorrectiveActions({ actions }: { actions: Deck["correctiveActions"] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (actions.length === 0) return null;
  return (
    <section className="pack-page" data-pack-section="corrective-actions">
      <h2>{t("targetCycle.packTitle")}</h2>
      <ul className="pack-notes">
        {actions.map((a) => (
          <li key={a.id} data-action={a.id}>
            <strong>
              {a.kpi.name[language]} · {t(labelKey("status", a.statusAtOpen))}
            </strong>
            <p>{a.what}</p>
            <p>
              {t("targetCycle.actionLine", { who: a.who, date: dateText(a.dueDate) })} · {a.expectedEffect}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
