import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { PlansPage } from "./features/plans/plans-page";
import { htmlLang, type Language } from "./i18n";

export function App() {
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
    window.history.replaceState(null, "", url);
    void i18n.changeLanguage(next);
  };

  return (
    <>
      <header className="app-header">
        <div>
          <h1>{t("app.name")}</h1>
          <p>{t("app.tagline")}</p>
        </div>
        <button type="button" onClick={switchLanguage} lang={language === "nl" ? "en" : "nl-BE"}>
          {t("app.switchTo")}
        </button>
      </header>
      <main>
        <PlansPage />
      </main>
    </>
  );
}
