import { useTranslation } from "react-i18next";
import type { Language } from "../i18n";

/** i18next reports any string; the app speaks Dutch unless English was asked for. */
export function toLanguage(code: string | undefined): Language {
  return code === "en" ? "en" : "nl";
}

/** The language the page is shown in; re-renders when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return toLanguage(i18n.language);
}
