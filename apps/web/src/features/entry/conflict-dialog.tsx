import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/dialog";
import { dateTimeText, valueText } from "../../lib/format";
import { useLanguage } from "../../lib/use-language";

export interface Conflict {
  mine: number;
  theirs: { version: number; value: number | null; author: string | null; recordedAt: string; withdrawn: boolean };
  workflow: "draft" | "submitted";
}

/** Someone else changed the value meanwhile: both values side by side, the user chooses. */
export function ConflictDialog({
  conflict,
  unit,
  decimals,
  onKeepMine,
  onKeepTheirs,
}: {
  conflict: Conflict;
  unit: string;
  decimals: number;
  onKeepMine: () => void;
  onKeepTheirs: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { theirs } = conflict;
  return (
    <Dialog
      open
      title={t("conflict.title")}
      description={t("conflict.explain")}
      onOpenChange={(open) => !open && onKeepTheirs()}
    >
      <dl className="metadata" data-testid="conflict">
        <div>
          <dt>{t("conflict.mine")}</dt>
          <dd data-testid="conflict-mine">{valueText(conflict.mine, unit, decimals, language)}</dd>
        </div>
        <div>
          <dt>{t("conflict.theirs")}</dt>
          <dd data-testid="conflict-theirs">
            {theirs.withdrawn ? t("history.withdrawn") : valueText(theirs.value, unit, decimals, language)} —{" "}
            {t("conflict.by", {
              version: theirs.version,
              author: theirs.author ?? "–",
              at: dateTimeText(theirs.recordedAt, language),
            })}
          </dd>
        </div>
      </dl>
      <div className="actions">
        <button type="button" className="primary" onClick={onKeepMine}>
          {t("conflict.keepMine")}
        </button>
        <button type="button" onClick={onKeepTheirs}>
          {t("conflict.keepTheirs")}
        </button>
      </div>
    </Dialog>
  );
}
