import { Link } from "@tanstack/react-router";
import { STATUSES } from "@boordtabel/domain";
import { useTranslation } from "react-i18next";
import { StatusBadge } from "./status-badge";

/** What each status means in one line, and where the rules are written out. */
export function StatusLegend() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="legend-heading" className="panel legend">
      <h2 id="legend-heading">{t("legend.title")}</h2>
      <dl className="legend-list">
        {STATUSES.map((s) => (
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
