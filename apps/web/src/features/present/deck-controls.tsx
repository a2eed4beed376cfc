import { useTranslation } from "react-i18next";

/** The deck's footer: back and forth, where we are, KPIs without data, full screen and leave.
 *  Small and quiet: the keyboard is the main way through the deck. */
export function DeckControls({
  index,
  count,
  all,
  hasKpis,
  onGo,
  onLeave,
  onAll,
}: {
  index: number;
  count: number;
  all: boolean;
  /** A plan without KPIs has no KPIs without data to add. */
  hasKpis: boolean;
  onGo: (index: number) => void;
  onLeave: () => void;
  onAll: (all: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <nav className="deck-controls" aria-label={t("present.controls")}>
      {/* aria-disabled, not disabled: the first and last slide keep focus on the button. */}
      <button type="button" onClick={() => index > 0 && onGo(index - 1)} aria-disabled={index === 0}>
        <span aria-hidden="true">← </span>
        {t("present.previous")}
      </button>
      <span data-testid="slide-position">{t("present.position", { current: index + 1, total: count })}</span>
      <button type="button" onClick={() => index < count - 1 && onGo(index + 1)} aria-disabled={index >= count - 1}>
        {t("present.next")}
        <span aria-hidden="true"> →</span>
      </button>
      <span className="deck-keys">{t("present.keys")}</span>
      {hasKpis && (
        <label className="deck-all">
          <input type="checkbox" checked={all} onChange={(event) => onAll(event.target.checked)} />
          {t("present.showAll")}
        </label>
      )}
      <button type="button" onClick={() => void document.documentElement.requestFullscreen?.()}>
        {t("present.fullscreen")}
      </button>
      <button type="button" onClick={onLeave}>
        {t("present.leave")}
      </button>
    </nav>
  );
}
