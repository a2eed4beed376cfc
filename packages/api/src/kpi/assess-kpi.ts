import { assessProgress, forecast, type Assessment, type Forecast, type Unit } from "@boordtabel/domain";
import type { TargetPathDto } from "./kpi.selects.js";
import { ofFrequency, type Observation } from "./observations.js";
import { toEnginePath } from "./target-paths.js";

/** The KPI fields the engine needs; spread into a KPI `select`. */
export const assessmentFieldsSelect = {
  unit: true,
  decimals: true,
  direction: true,
  frequency: true,
  statusMethod: true,
  onTrackThreshold: true,
  atRiskThreshold: true,
} as const;

export interface KpiForAssessment {
  direction: string;
  frequency: string;
  unit: string;
  decimals: number;
  statusMethod: string;
  onTrackThreshold: { toNumber(): number };
  atRiskThreshold: { toNumber(): number };
}

/** Runs the engine on one series with the KPI's own method and thresholds. */
export function assessSeries(
  kpi: KpiForAssessment,
  observations: Observation[],
  path: TargetPathDto | undefined,
): { assessment: Assessment; forecast: Forecast | null } {
  const targetPath = toEnginePath(path);
  const own = ofFrequency(observations, kpi.frequency);
  const direction = kpi.direction === "LOWER_IS_BETTER" ? "lower_is_better" : "higher_is_better";
  const assessment = assessProgress({
    direction,
    observations: own.map((o) => ({ period: o.period, value: o.value })),
    // A KPI without a direction has no progress to judge.
    targetPath: kpi.direction === "NOT_APPLICABLE" ? undefined : targetPath,
    method: kpi.statusMethod.toLowerCase() as "trajectory" | "opensdg" | "unsd",
    thresholds: { onTrack: kpi.onTrackThreshold.toNumber(), atRisk: kpi.atRiskThreshold.toNumber() },
    unit: kpi.unit.toLowerCase() as Unit,
    decimals: kpi.decimals,
  });
  const finalTarget = targetPath?.targets.at(-1);
  const projection =
    own.length >= 2
      ? (forecast({
          observations: own,
          direction,
          ...(finalTarget ? { target: { period: finalTarget.period, value: finalTarget.value } } : {}),
        }) ?? null)
      : null;
  return { assessment, forecast: projection };
}
