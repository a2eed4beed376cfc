import type { PlanCommitments } from "@boordtabel/api";
import { useTranslation } from "react-i18next";

type Rollup = PlanCommitments["rollup"];

/** The order in which a board reads commitment statuses: what went wrong first, what is not
 *  known last. */
const ORDER = ["DELAYED", "IN_PROGRESS", "NOT_STARTED", "DONE", "DROPPED", "UNKNOWN"] as const;

/** A status distribution of commitments with its coverage: "3 van 11 gerapporteerd". */
export function CommitmentStatusCounts({ rollup }: { rollup: Rollup }) {
  const { t } = useTranslation();
  return (
    <div className="commitment-counts">
      <p className="coverage" data-testid="commitment-coverage">
        {t("agenda.coverage", { reported: rollup.reported, count: rollup.total })}
        {rollup.late > 0 && ` · ${t("agenda.lateCount", { count: rollup.late })}`}
      </p>
      <ul aria-label={t("agenda.distribution")}>
        {ORDER.filter((s) => rollup.counts[s] > 0).map((s) => (
          <li key={s} data-status={s.toLowerCase()}>
            <span className={`commitment-status commitment-status-${s.toLowerCase()}`}>
              {t(`commitmentStatus.${s.toLowerCase() as Lowercase<typeof s>}`)}
            </span>
            : {rollup.counts[s]}
          </li>
        ))}
      </ul>
    </div>
  );
}
