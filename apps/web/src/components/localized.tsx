import { htmlLang, type Language } from "../i18n";
import { useLanguage } from "../lib/use-language";

/** A bilingual content field as the API sends it: `lang` says which language each side is
 *  written in when one side fell back to the other (packages/api/src/dto.ts). */
export interface LocalizedText {
  nl: string;
  en: string;
  lang?: { nl: Language; en: Language };
}

/** The language a content field's text for `language` is written in. */
export function writtenIn(value: LocalizedText, language: Language): Language {
  return value.lang?.[language] ?? language;
}

/** Shows a content field in the page's language; a text that exists only in the other language is
 *  marked with its own `lang`, so a screen reader reads it in the right voice (WCAG 3.1.2). */
export function Localized({ value, empty = "–" }: { value: LocalizedText | null | undefined; empty?: string }) {
  const language = useLanguage();
  if (!value) return <>{empty}</>;
  const written = writtenIn(value, language);
  return written === language ? <>{value[language]}</> : <span lang={htmlLang[written]}>{value[language]}</span>;
}
