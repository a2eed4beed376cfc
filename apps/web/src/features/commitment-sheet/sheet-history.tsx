import type { CommitmentSheet } from "@boordtabel/api";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { SourceLink } from "../../components/source-link";
import { labelKey } from "../../i18n/keys";
import { dateText } from "../../lib/dates";

/** Every status update, newest first: when, what, how far, who, why and the evidence. */
export function SheetHistory({ history }: { history: CommitmentSheet["history"] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="sheet-history-heading">
      <h2 id="sheet-history-heading">{t("agenda.history")}</h2>
      {history.length === 0 ? (
        <p className="muted">{t("agenda.noHistory")}</p>
      ) : (
        <ol className="sheet-history" data-testid="sheet-history">
          {history.map((h) => (
            <li key={h.id}>
              <strong>{dateText(h.date)}</strong> ·{" "}
              <span className={`commitment-status commitment-status-${h.status}`}>
                {t(`commitmentStatus.${h.status}`)}
              </span>
              {h.progress !== null && ` · ${h.progress} %`}
              {h.author && ` · ${t("agenda.by", { name: h.author })}`}
              {h.note && <p>{h.note}</p>}
              {h.evidenceUrl && (
                <p>
                  {t("agenda.evidence")}: <SourceLink label={h.evidenceUrl} url={h.evidenceUrl} />
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The social partners' comments and reservations on the commitment. */
export function SheetNotes({ notes, children }: { notes: CommitmentSheet["notes"]; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="sheet-notes-heading">
      <h2 id="sheet-notes-heading">{t("notes.title")}</h2>
      {notes.length === 0 ? (
        <p className="muted">{t("agenda.noNotes")}</p>
      ) : (
        <ul className="sheet-history">
          {notes.map((n) => (
            <li key={n.id} data-note={n.kind}>
              <strong>{t(labelKey("notes.kind", n.kind))}</strong> ({t(labelKey("notes.state", n.state))}) · {n.author}{" "}
              · {dateText(n.createdAt.slice(0, 10))}
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
      {children}
    </section>
  );
}
