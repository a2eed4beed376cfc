import type { Prisma } from "@boordtabel/db";

/** The languages content fields are recorded in. */
export type ContentLanguage = "nl" | "en";

export interface Bilingual {
  nl: string;
  en: string;
  /** Which language each side is written in, where that can differ from its key: a text recorded
   *  in one language only fills the other side. Left out when each side is in its own language. */
  lang?: { nl: ContentLanguage; en: ContentLanguage };
}

export const bilingual = (nl: string, en: string): Bilingual => ({ nl, en });

/** A text that may exist in one language only: the other falls back to it, and `lang` says so,
 *  so that a page in the other language can mark the text with its own `lang` (WCAG 3.1.2). */
export function optionalBilingual(
  nl: string | null,
  en: string | null,
): (Bilingual & { lang: { nl: ContentLanguage; en: ContentLanguage } }) | null {
  if (nl === null && en === null) return null;
  return { nl: nl ?? en!, en: en ?? nl!, lang: { nl: nl === null ? "en" : "nl", en: en === null ? "nl" : "en" } };
}

/** A decimal as a number: Prisma reads it as a Decimal, a plain read (readPlain) as a number. */
export function num(value: Prisma.Decimal | number): number;
export function num(value: Prisma.Decimal | number | null): number | null;
export function num(value: Prisma.Decimal | number | null): number | null {
  return value === null ? null : typeof value === "number" ? value : value.toNumber();
}
