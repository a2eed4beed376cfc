import type { Prisma } from "@boordtabel/db";

export interface Bilingual {
  nl: string;
  en: string;
}

export const bilingual = (nl: string, en: string): Bilingual => ({ nl, en });

/** A text that may exist in one language only: the other falls back to it. */
export function optionalBilingual(nl: string | null, en: string | null): Bilingual | null {
  if (nl === null && en === null) return null;
  return { nl: nl ?? en!, en: en ?? nl! };
}

export function num(value: Prisma.Decimal): number;
export function num(value: Prisma.Decimal | null): number | null;
export function num(value: Prisma.Decimal | null): number | null {
  return value === null ? null : value.toNumber();
}
