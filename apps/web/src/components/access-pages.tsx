import type { TranslationKey } from "../i18n/keys";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { DEFAULT_PLAN } from "../lib/default-plan";
import type { RequiredRole, Role } from "../lib/session";

/** Shown instead of a screen the signed-in user's role may not open. */
export function NoAccess({ required, current }: { required: RequiredRole; current: Role }) {
  const { t } = useTranslation();
  const needed = required === null || required === "viewer" ? "VIEWER" : required.toUpperCase();
  return (
    <section className="panel" data-testid="no-access">
      <h1>{t("access.noAccessTitle")}</h1>
      <p>{t("access.noAccessExplain", { role: t(roleKey(needed)), current: t(roleKey(current)) })}</p>
      <div className="actions">
        <Link to="/plans/$code" params={{ code: DEFAULT_PLAN }}>
          {t("routeError.home")}
        </Link>
      </div>
    </section>
  );
}

/** Shown for an address that matches no screen: nothing to try again, a way back instead. */
export function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="panel" data-testid="not-found">
      <h1>{t("access.notFoundTitle")}</h1>
      <p>{t("access.notFoundExplain")}</p>
      <div className="actions">
        <Link to="/plans/$code" params={{ code: DEFAULT_PLAN }}>
          {t("routeError.home")}
        </Link>
      </div>
    </section>
  );
}

/** The label key of a role; the roles are the API's, and nl.json names each of them. */
const roleKey = (role: string) => `role.${role}` as Extract<TranslationKey, `role.${string}`>;
