import type { Prisma } from "@boordtabel/db";

export interface Bilingual {
  nl: string;
  en: string;
}

export const bilingual = (nl: string, en: string): Bilingual => ({ nl, en });

export function num(value: Prisma.Decimal): number;
export function num(value: Prisma.Decimal | null): number | null;
export function num(value: Prisma.Decimal | null): number | null {
  return value === null ? null : value.toNumber();
}
