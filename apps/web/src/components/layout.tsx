import { useQueryClient } from "@tanstack/react-query";
import { Link, Outlet, useMatches, useNavigate } from "@tanstack/react-router";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { htmlLang, type Language } from "../i18n";
import { DEFAULT_PLAN } from "../lib/default-plan";
import { allows, signOut, useSession } from "../lib/session";
import { useLanguage } from "../lib/use-language";
import { screens, type Screen } from "../routes/screens";
import { Announcer } from "./announcer";
import { ScreenFrame } from "./screen-frame";
import { NotificationBadge } from "../features/notifications/notification-badge";
import { applyStoredContrast, useHighContrast } from "../lib/contrast";

applyStoredContrast();

export function Layout() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const may = (screen: Screen) => allows(screen.role, session.role);
  const bare = useMatches({ select: (matches) => matches.at(-1)?.staticData.bare === true });
  const [highContrast, toggleContrast] = useHighContrast();

  useEffect(() => {
    document.documentElement.lang = htmlLang[language];
  }, [language]);

  // The router's search middleware (router.tsx) writes `?lang=` from the language, so the
  // address is rebuilt after the switch.
  const switchLanguage = async () => {
    const next: Language = language === "nl" ? "en" : "nl";
    await i18n.changeLanguage(next);
    const { pathname, search, hash } = window.location;
    await navigate({ href: pathname + search + hash, replace: true });
  };

  const leave = async () => {
    const { providerLogout } = await signOut();
    if (providerLogout) {
      window.location.assign(providerLogout);
      return;
    }
    await queryClient.resetQueries();
    await navigate({ to: "/" });
  };

  // The keys keep the frame (its focus mechanism) and the live region mounted when entering or
  // leaving the bare presentation, so that navigation too moves focus and is announced.
  if (bare)
    return (
      <>
        <ScreenFrame key="frame">
          <Outlet />
        </ScreenFrame>
        <Announcer key="announcer" />
      </>
    );
  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skip")}
      </a>
      <header className={session.actor ? "app-header signed-in" : "app-header"}>
        <div>
          <Link to="/" className="brand">
            {t("app.name")}
          </Link>
          <p className="tagline">{t("app.tagline")}</p>
        </div>
        <nav aria-label={t("app.navigation")} className="main-nav">
          <Link to="/plans/$code" params={{ code: DEFAULT_PLAN }}>
            {t("app.overview")}
          </Link>
          <Link to="/commitments">{t("app.commitments")}</Link>
          {may(screens.due) && <Link to="/due">{t("app.due")}</Link>}
          {may(screens.grid) && <Link to="/entry">{t("app.entry")}</Link>}
          {may(screens.review) && <Link to="/review">{t("app.review")}</Link>}
          {(may(screens.grid) || may(screens.review)) && <Link to="/bijsturing">{t("targetCycle.menu")}</Link>}
          {may(screens.admin) && <Link to="/admin">{t("app.admin")}</Link>}
        </nav>
        <div className="header-actions">
          {session.actor ? (
            <>
              <NotificationBadge />
              <span className="who" data-testid="who">
                {session.actor.name} <span className="role">({t(`role.${session.actor.role}`)})</span>
              </span>
              <button type="button" onClick={() => void leave()}>
                {t("app.signOut")}
              </button>
            </>
          ) : (
            !session.loading && (
              <Link to="/login" className="sign-in">
                {t("app.signIn")}
              </Link>
            )
          )}
          <button type="button" aria-pressed={highContrast} onClick={toggleContrast} className="contrast-toggle">
            {t("print.highContrast")}
          </button>
          <button type="button" onClick={() => void switchLanguage()} lang={language === "nl" ? "en" : "nl-BE"}>
            {t("app.switchTo")}
          </button>
        </div>
      </header>
      <ScreenFrame key="frame">
        <Outlet />
      </ScreenFrame>
      <footer className="app-footer">
        <Link to="/toegankelijkheid">{t("accessibilityStatement.footerLink")}</Link>
      </footer>
      <Announcer key="announcer" />
    </>
  );
}
