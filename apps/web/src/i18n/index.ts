import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import type { Catalogue } from "@boordtabel/domain";
import en from "./en.json";
import nl from "./nl.json";

export type Language = "nl" | "en";

export function languageFromUrl(search: string): Language {
  return new URLSearchParams(search).get("lang") === "en" ? "en" : "nl";
}

export const htmlLang: Record<Language, string> = { nl: "nl-BE", en: "en" };

void i18n.use(initReactI18next).init({
  // Both ways round: English lacks no Dutch key and has none that Dutch lacks (a type error).
  resources: {
    nl: { translation: nl satisfies Catalogue<typeof en> },
    en: { translation: en satisfies Catalogue<typeof nl> },
  },
  lng: languageFromUrl(window.location.search),
  fallbackLng: "nl",
  interpolation: { escapeValue: false },
});

export default i18n;
