import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";

/** A page that could not be shown (an address with bad parameters, a failed chunk): say so and
 *  offer a way on, instead of the router's bare default. */
export function RouteError({ reset }: { reset?: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="error-box">
      <h1>{t("routeError.title")}</h1>
      <p>{t("routeError.explain")}</p>
      <div className="actions">
        {reset && (
          <button type="button" onClick={reset}>
            {t("plans.retry")}
          </button>
        )}
        <Link to="/">{t("routeError.home")}</Link>
      </div>
    </div>
  );
}
