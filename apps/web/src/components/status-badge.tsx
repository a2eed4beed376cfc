import { useTranslation } from "react-i18next";
import { labelKey } from "../i18n/keys";

const ICONS: Record<string, string> = {
  ACHIEVED: "★",
  ON_TRACK: "▲",
  AT_RISK: "◆",
  OFF_TRACK: "▼",
  NOT_ACHIEVED: "✕",
  INSUFFICIENT_DATA: "◌",
  NO_DATA: "○",
  NO_TARGET: "–",
};

/** Status as icon and word, never by colour alone. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <span className={`status status-${status.toLowerCase()}`} data-status={status}>
      <span aria-hidden="true">{ICONS[status] ?? "?"}</span> {t(labelKey("status", status))}
    </span>
  );
}
