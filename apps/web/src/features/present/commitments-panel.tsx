import type { Deck } from "@boordtabel/api";
import { useTranslation } from "react-i18next";
import { dateText } from "../../lib/dates";
import { valueText } from "../../lib/format";
import { useLanguage } from "../../lib/use-language";
import type { Domain } from "./slides";

/** Reported statuses first, in the order of the work; "status onbekend" last. */
const ORDER = ["DONE", "IN_PROGRESS", "NOT_STARTED", "DELAYED", "DROPPED", "UNKNOWN"] as const;
type CommitmentStatus = Lowercase<(typeof ORDER)[number]>;

const statusKey = (status: string) => `commitmentStatus.${status.toLowerCase() as CommitmentStatus}` as const;

/** The count per commitment status, in words, with a bar whose parts are those counts. */
export function CommitmentCounts({ rollup }: { rollup: Deck["commitments"] }) {
  const { t } = useTranslation();
  const present = ORDER.filter((s) => rollup.counts[s] > 0);
  return (
    <div className="deck-commitment-counts">
      <div className="deck-bar" aria-hidden="true">
        {present.map((s) => (
          <span key={s} className={`deck-bar-part cstatus-${s.toLowerCase()}`} style={{ flexGrow: rollup.counts[s] }} />
        ))}
      </div>
      <ul className="status-counts" aria-label={t("present.commitmentStatuses")}>
        {present.map((s) => (
          <li key={s} data-commitment-status={s.toLowerCase()}>
            <span className={`deck-swatch cstatus-${s.toLowerCase()}`} aria-hidden="true" />
            {t(statusKey(s))}: {rollup.counts[s]}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A domain of a plan without KPIs: how many of its commitments were reported, their statuses,
 *  each commitment, and what changed since `since` (else the latest changes). */
export function CommitmentsPanel({ domain, since }: { domain: Domain; since?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const changes = domain.commitments
    .flatMap((c) => c.changes.map((change) => ({ commitment: c, change })))
    .sort((a, b) => b.change.date.localeCompare(a.change.date))
    .slice(0, 6);
  const changedCodes = new Set(changes.map((c) => c.commitment.code));
  return (
    <>
      <div className="deck-rollup">
        <p className="coverage" data-testid="reported">
          {t("present.reported", { reported: domain.rollup.reported, count: domain.rollup.total })}
        </p>
        <CommitmentCounts rollup={domain.rollup} />
      </div>
      <div className="deck-columns">
        <section>
          <h2>{t("present.commitments")}</h2>
          <ul className="deck-commitments">
            {domain.commitments.map((c) => (
              <li
                key={c.code}
                data-commitment={c.code}
                className={changedCodes.has(c.code) ? "deck-changed" : undefined}
              >
                <span className="deck-commitment-title">{c.title[language]}</span>{" "}
                <span className={`deck-chip cstatus-${c.status}`}>
                  {t(statusKey(c.status))}
                  {c.progress !== null && ` · ${valueText(c.progress, "percent", 0, language)}`}
                </span>
                {c.deadline && (
                  <span className="muted"> · {t("present.deadline", { date: dateText(c.deadline) })}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
        <section data-testid="changes">
          <h2>{since ? t("present.changedSince", { date: dateText(since) }) : t("present.recentChanges")}</h2>
          {changes.length === 0 ? (
            <p className="muted">
              {since ? t("present.noChangesSince", { date: dateText(since) }) : t("present.noChanges")}
            </p>
          ) : (
            <ul className="deck-changes">
              {changes.map(({ commitment, change }) => (
                <li key={`${commitment.code}-${change.date}-${change.status}`} data-change={commitment.code}>
                  <span className="deck-commitment-title">{commitment.title[language]}</span>
                  <br />
                  {change.previous
                    ? t("present.change", {
                        date: dateText(change.date),
                        from: t(statusKey(change.previous)),
                        to: t(statusKey(change.status)),
                      })
                    : t("present.firstReport", { date: dateText(change.date), to: t(statusKey(change.status)) })}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
