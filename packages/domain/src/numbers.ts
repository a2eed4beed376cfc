/** Reads a number typed the Dutch way ("77,1", "1.234,5") or the English way ("77.1",
 *  "1,234.5" is not accepted: a single comma is always the decimal sign). Empty text is
 *  undefined; anything else that is not a number is NaN. */
export function parseDecimal(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim().replace(/\s/g, "");
  if (trimmed === "") return undefined;
  const normalised = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(trimmed)
    ? trimmed.replace(/\./g, "").replace(",", ".")
    : trimmed.replace(",", ".");
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(normalised)) return Number.NaN;
  return Number(normalised);
}
