import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { StatusBadge } from "./status-badge";

/** Every status the engine gives, in the order of the methodology page. */
export const STATUS_ORDER = [
  "ACHIEVED",
  "ON_TRACK",
  "AT_RISK",
  "OFF_TRACK",
  "NOT_ACHIEVED",
  "INSUFFICIENT_DATA",
  "NO_DATA",
  "NO_TARGET",
] as const;

/** What each status means in one line, and where the rules are written out. */
export function StatusLegend() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="legend-heading" className="panel legend">
      <h2 id="legend-heading">{t("legend.title")}</h2>
      <dl className="legend-list">
        {STATUS_ORDER.map((s) => (
          <div key={s} data-legend={s}>
            <dt>
              <StatusBadge status={s} />
            </dt>
            <dd>{t(`legend.${s}`)}</dd>
          </div>
        ))}
        <div data-legend="commitment-unknown">
          <dt>
            <span className="status status-unknown">{t("commitmentStatus.unknown")}</span>
          </dt>
          <dd>{t("legend.commitmentUnknown")}</dd>
        </div>
      </dl>
      <p>
        <Link to="/methodologie">{t("legend.methodology")}</Link>
      </p>
    </section>
  );
}
