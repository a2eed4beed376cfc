import { withHonesty } from "./honesty.js";
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
  const method = input.method ?? "trajectory";
  const result =
    method === "opensdg"
      ? assessOpenSdg(input, prepared, ctx)
      : method === "unsd"
        ? assessUnsd(input, prepared, ctx)
        : assessTrajectory(input, prepared, ctx);
  return withHonesty(input, prepared, ctx, result);
}

export { openSdgScore, limitFactor } from "./opensdg.js";
export { cagr } from "./growth.js";
export { statusWord } from "./summary.js";
export { judgePastTargets } from "./honesty.js";
export * from "./types.js";
