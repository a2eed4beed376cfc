import { DomainError } from "./errors.js";
import { parsePeriod } from "./periods.js";
import type { Status } from "./assess/types.js";

export interface BudgetInput {
  /** The envelope's period, e.g. the school year "2024-2025". */
  period: string;
  envelope: number;
  committed: number;
  spent: number;
  /** The day the figures describe (ISO date). */
  asOf: string;
}

export interface BudgetAssessment {
  status: Status;
  elapsedShare: number;
  /** spent / envelope */
  burnRate: number;
  /** committed / envelope */
  committedShare: number;
  /** spent at the end of the period if spending goes on at the same pace */
  projectedSpend: number;
  /** the day the envelope runs out at that pace, when that is before the period ends */
  projectedExhaustion: string | null;
  remaining: number;
}

const DAY = 86_400_000;

/** Budget envelope KPIs (the Flemish training leave): how fast the envelope is used and
 *  whether it lasts the period. Over budget or projected to run out: OFF_TRACK; projected
 *  above 95 % of the envelope: AT_RISK; else ON_TRACK. */
export function assessBudget(input: BudgetInput): BudgetAssessment {
  for (const [name, value] of Object.entries({
    envelope: input.envelope,
    committed: input.committed,
    spent: input.spent,
  })) {
    if (!Number.isFinite(value) || value < 0) throw new DomainError("BAD_INPUT", "budget.negative", { field: name });
  }
  if (input.envelope === 0) throw new DomainError("BAD_INPUT", "budget.emptyEnvelope");
  const period = parsePeriod(input.period);
  const start = period.start.getTime();
  const end = period.end.getTime() + DAY;
  const now = Date.parse(`${input.asOf}T00:00:00Z`);
  if (Number.isNaN(now)) throw new DomainError("BAD_INPUT", "date.invalid", { date: input.asOf });
  const elapsedShare = Math.min(1, Math.max(0, (now - start) / (end - start)));
  const burnRate = input.spent / input.envelope;
  const projectedSpend = elapsedShare > 0 ? input.spent / elapsedShare : input.spent;
  const exhaustion =
    input.spent > 0 && elapsedShare > 0 ? start + (now - start) * (input.envelope / input.spent) : Infinity;
  const projectedExhaustion = exhaustion < end ? new Date(exhaustion).toISOString().slice(0, 10) : null;
  const overrun = input.spent > input.envelope || input.committed > input.envelope || projectedExhaustion !== null;
  const status: Status = overrun ? "OFF_TRACK" : projectedSpend > 0.95 * input.envelope ? "AT_RISK" : "ON_TRACK";
  return {
    status,
    elapsedShare,
    burnRate,
    committedShare: input.committed / input.envelope,
    projectedSpend,
    projectedExhaustion,
    remaining: input.envelope - input.spent,
  };
}

/** Ratio KPIs aggregate numerators and denominators, never the percentages themselves. */
export function aggregateRatio(parts: { numerator: number; denominator: number }[], scale = 100): number {
  const numerator = parts.reduce((s, p) => s + p.numerator, 0);
  const denominator = parts.reduce((s, p) => s + p.denominator, 0);
  if (!(denominator > 0)) throw new DomainError("BAD_INPUT", "ratio.denominator");
  return (numerator / denominator) * scale;
}
