import type { KpiDetail } from "@boordtabel/api";
import { useTranslation } from "react-i18next";
import { dateTimeText, periodText } from "../../lib/format";
import { labelKey } from "../../i18n/keys";
import { useLanguage } from "../../lib/use-language";

/** The social partners' comments and reservations on this KPI, open ones first. */
export function ReviewNotes({ notes }: { notes: KpiDetail["reviewNotes"] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sorted = [...notes].sort((a, b) => Number(a.state !== "open") - Number(b.state !== "open"));
  return (
    <section aria-labelledby="notes-heading" className="panel review-notes">
      <h2 id="notes-heading">{t("notes.title")}</h2>
      {sorted.length === 0 ? (
        <p className="empty">{t("notes.empty")}</p>
      ) : (
        <ul className="notes">
          {sorted.map((n) => (
            <li key={n.id} data-note={n.kind} data-state={n.state}>
              <p className="note-head">
                <strong>{t(labelKey("notes.kind", n.kind))}</strong> · {t(labelKey("notes.state", n.state))}
                {n.period && ` · ${periodText(n.period, language)}`} · {n.author} ·{" "}
                {dateTimeText(n.createdAt, language)}
              </p>
              <p>{n.body}</p>
              {n.resolution && (
                <p className="muted">
                  {t("notes.resolution")}: {n.resolution}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
