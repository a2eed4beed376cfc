import { DomainError } from "../errors.js";
import { comparePeriods, endsBy, periodFacts } from "../periods.js";
import { DEFAULT_THRESHOLDS, type AssessInput, type ObservationInput, type Thresholds } from "./types.js";

export interface Prepared {
  observations: ObservationInput[];
  latest?: ObservationInput;
  thresholds: Thresholds;
  /** +1 when higher is better, -1 when lower is better. */
  sign: 1 | -1;
}

/** Validates and orders the observations, keeping those known up to `asOf`. */
export function prepare(input: AssessInput): Prepared {
  if (input.asOf !== undefined) periodFacts(input.asOf);
  const seen = new Set<string>();
  for (const o of input.observations) {
    periodFacts(o.period);
    if (!Number.isFinite(o.value)) throw new DomainError("BAD_INPUT", "value.notFinite", { period: o.period });
    if (seen.has(o.period)) throw new DomainError("BAD_INPUT", "observation.duplicatePeriod", { period: o.period });
    seen.add(o.period);
  }
  const observations = input.observations
    .filter((o) => input.asOf === undefined || endsBy(o.period, input.asOf))
    .sort((a, b) => comparePeriods(a.period, b.period));
  return {
    observations,
    latest: observations.at(-1),
    thresholds: { ...DEFAULT_THRESHOLDS, ...input.thresholds },
    sign: input.direction === "lower_is_better" ? -1 : 1,
  };
}

/** Met means at or beyond the target in the good direction. */
export const meets = (value: number, target: number, sign: 1 | -1): boolean => sign * (value - target) >= -1e-9;
