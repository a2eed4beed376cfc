import { Link, Outlet } from "@tanstack/react-router";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { htmlLang, type Language } from "../i18n";

export function Layout() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;

  useEffect(() => {
    document.documentElement.lang = htmlLang[language];
  }, [language]);

  const switchLanguage = () => {
    const next: Language = language === "nl" ? "en" : "nl";
    const url = new URL(window.location.href);
    if (next === "en") url.searchParams.set("lang", "en");
    else url.searchParams.delete("lang");
    window.history.replaceState(window.history.state, "", url);
    void i18n.changeLanguage(next);
  };

  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skip")}
      </a>
      <header className="app-header">
        <div>
          <Link to="/" className="brand">
            {t("app.name")}
          </Link>
          <p>{t("app.tagline")}</p>
        </div>
        <nav aria-label={t("app.navigation")} className="main-nav">
          <Link to="/plans/$code" params={{ code: "IAB" }}>
            {t("app.overview")}
          </Link>
          <Link to="/commitments">{t("app.commitments")}</Link>
        </nav>
        <button type="button" onClick={switchLanguage} lang={language === "nl" ? "en" : "nl-BE"}>
          {t("app.switchTo")}
        </button>
      </header>
      <main id="main">
        <Outlet />
      </main>
    </>
  );
}
