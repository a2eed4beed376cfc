import type { KpiForAssessment } from "./assess-kpi.js";
import { assessSeries } from "./assess-kpi.js";
import type { TargetPathDto } from "./kpi.selects.js";
import type { Observation } from "./observations.js";

/** Status, forecast and explanation of one series, as the open-data reads publish them. */
export function seriesStatus(
  kpi: KpiForAssessment,
  observations: Observation[],
  path: TargetPathDto | null | undefined,
) {
  const { assessment, forecast } = assessSeries(kpi, observations, path ?? undefined);
  return {
    status: assessment.status,
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
