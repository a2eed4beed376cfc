import type { Assessment, Forecast } from "@boordtabel/domain";
import type { AssessOptions, KpiForAssessment } from "./engine-adapter.js";
import { assessSeries } from "./engine-adapter.js";
import type { TargetPathDto } from "./kpi.selects.js";
import type { Observation } from "./observations.js";

/** The day a read judges staleness and past targets on: the as-of date, but never a day still to
 *  come (what is known in the future is what is known today). */
export function judgedOn(asOf: string | undefined): { today?: string } {
  const today = new Date().toISOString().slice(0, 10);
  return asOf && asOf < today ? { today: asOf } : {};
}

/** Status, honesty markers, forecast and explanation of one series, as the open-data reads
 *  publish them (SPEC §2: past targets, staleness and provisional values travel with every
 *  status). `options.today` is the as-of date when there is one. */
export function openDataStatus(
  kpi: KpiForAssessment,
  observations: Observation[],
  path: TargetPathDto | null | undefined,
  options: AssessOptions = {},
) {
  return toOpenDataStatus(assessSeries(kpi, observations, path ?? undefined, options));
}

/** The open-data fields of an assessment and forecast, computed or stored (today's export reads
 *  the stored ones, see stored-assessments.ts). */
export function toOpenDataStatus({ assessment, forecast }: { assessment: Assessment; forecast: Forecast | null }) {
  return {
    status: assessment.status,
    stale: assessment.stale,
    expectedLatestPeriod: assessment.expectedLatestPeriod,
    provisional: assessment.provisional,
    pastTargets: assessment.pastTargets.map((t) => ({
      period: t.period,
      target: t.target,
      source: t.source ?? null,
      kind: t.kind,
      actual: t.actual,
      achieved: t.achieved,
    })),
    explanation: { ...assessment.summary, method: assessment.method, components: assessment.components },
    forecast: forecast && {
      method: forecast.method,
      observedPacePerYear: forecast.observedPacePerYear,
      requiredPacePerYear: forecast.requiredPacePerYear ?? null,
      projectedAtTarget: forecast.projectedAtTarget ?? null,
      reachedIn: forecast.reachedIn ?? null,
    },
  };
}
