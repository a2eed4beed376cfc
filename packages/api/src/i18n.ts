import type { Locale } from "@boordtabel/domain";

/** Server messages live in the domain's catalogue (packages/domain/src/messages), with the
 *  assessment sentences: one scheme, typed keys. This module adds what only HTTP needs. */
export { isMessageKey, issueKey, message, type Locale, type MessageKey } from "@boordtabel/domain";

/** Picks nl or en from ?lang= or an Accept-Language header; Dutch is the default. */
export function pickLocale(lang: string | undefined, acceptLanguage: string | undefined): Locale {
  if (lang === "en" || lang === "nl") return lang;
  const first = acceptLanguage?.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "nl";
}
