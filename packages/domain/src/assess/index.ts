import { assessOpenSdg } from "./opensdg.js";
import { prepare } from "./prepare.js";
import type { SummaryContext } from "./summary.js";
import { assessTrajectory } from "./trajectory.js";
import type { AssessInput, Assessment } from "./types.js";
import { assessUnsd } from "./unsd.js";

/** One entry point for every status method; each result carries the numbers that produced it
 *  and a one-sentence explanation in Dutch and English. */
export function assessProgress(input: AssessInput): Assessment {
  const prepared = prepare(input);
  const ctx: SummaryContext = {
    unit: input.unit ?? "unspecified",
    decimals: input.decimals,
    latest: prepared.latest,
    asOf: input.asOf,
  };
  switch (input.method ?? "trajectory") {
    case "opensdg":
      return assessOpenSdg(input, prepared, ctx);
    case "unsd":
      return assessUnsd(input, prepared, ctx);
    default:
      return assessTrajectory(input, prepared, ctx);
  }
}

export { openSdgScore, limitFactor } from "./opensdg.js";
export { cagr } from "./growth.js";
export { statusWord } from "./summary.js";
export * from "./types.js";
