import type { PlanOverview } from "@boordtabel/api";
import { useTranslation } from "react-i18next";

/** The commitments of a roll-up in one sentence: how many, how many late, and how many nobody
 *  reported on ("status onbekend"), so "0 laat" never reads as good news when nothing is known. */
export function CommitmentLine({ rollup }: { rollup: PlanOverview["plan"]["commitments"] }) {
  const { t } = useTranslation();
  const unknown = rollup.counts.UNKNOWN;
  return (
    <p className="muted" data-testid="commitment-line">
      {unknown > 0
        ? t("overview.commitmentsWithUnknown", { count: rollup.total, unknown, late: rollup.late })
        : t("overview.commitments", { count: rollup.total, late: rollup.late })}
      {rollup.pastDeadlineUnknown > 0 &&
        ` (${t("overview.pastDeadlineUnknown", { count: rollup.pastDeadlineUnknown })})`}
    </p>
  );
}
