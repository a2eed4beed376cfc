import type { TranslationKey } from "../i18n/keys";
import { Link, useLocation } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { DEFAULT_PLAN } from "../lib/default-plan";
import type { RequiredRole, Role } from "../lib/session";
import { useLanguage } from "../lib/use-language";

/** Shown instead of a screen that needs a signed-in user; signing in returns here. */
export function SignInNeeded() {
  const { t } = useTranslation();
  const language = useLanguage();
  const here = useLocation({ select: (location) => location.href });
  return (
    <section className="panel" data-testid="sign-in-needed">
      <h1>{t("access.signInTitle")}</h1>
      <p>{t("access.signInExplain")}</p>
      <div className="actions">
        <Link to="/login" search={{ redirect: here, ...(language === "en" ? { lang: "en" as const } : {}) }}>
          {t("app.signIn")}
        </Link>
      </div>
    </section>
  );
}

/** Shown instead of a screen the signed-in user's role may not open. */
export function NoAccess({ required, current }: { required: RequiredRole; current: Role }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const needed = required === null || required === "viewer" ? "VIEWER" : required.toUpperCase();
  return (
    <section className="panel" data-testid="no-access">
      <h1>{t("access.noAccessTitle")}</h1>
      <p>{t("access.noAccessExplain", { role: t(roleKey(needed)), current: t(roleKey(current)) })}</p>
      <div className="actions">
        <Link to="/plans/$code" params={{ code: DEFAULT_PLAN }} search={language === "en" ? { lang: "en" } : {}}>
          {t("routeError.home")}
        </Link>
      </div>
    </section>
  );
}

/** The label key of a role; the roles are the API's, and nl.json names each of them. */
const roleKey = (role: string) => `role.${role}` as Extract<TranslationKey, `role.${string}`>;
