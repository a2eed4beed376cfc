/** Compound annual growth rate between two values `years` apart; undefined when it is not
 *  defined (a zero or sign-changing start, or no time between the points). */
export function cagr(from: number, to: number, years: number): number | undefined {
  if (years <= 0 || from === 0 || Math.sign(from) !== Math.sign(to)) return undefined;
  return Math.pow(to / from, 1 / years) - 1;
}
