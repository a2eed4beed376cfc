import {
  assessProgress,
  forecast,
  MIN_FORECAST_POINTS,
  type Assessment,
  type Forecast,
  type Method,
  type PeriodFrequency,
  type Unit,
} from "@boordtabel/domain";
import type { Prisma } from "@boordtabel/db";
import { num } from "../dto.js";
import type { TargetPathDto } from "./kpi.selects.js";
import { ofFrequency, type JudgedValue } from "./observations.js";
import { toEnginePath } from "./target-paths.js";

// The adapter between the database and the status engine of packages/domain: a KPI row and its
// observations in, the engine's assessment and forecast out.

/** The KPI fields the engine needs; spread into a KPI `select`. */
export const assessmentFieldsSelect = {
  unit: true,
  decimals: true,
  direction: true,
  frequency: true,
  reportingInterval: true,
  publicationLagMonths: true,
  statusMethod: true,
  onTrackThreshold: true,
  atRiskThreshold: true,
} as const;

export interface KpiForAssessment {
  direction: string;
  frequency: string;
  reportingInterval?: number;
  publicationLagMonths?: number | null;
  unit: string;
  decimals: number;
  statusMethod: string;
  /** A Decimal as Prisma reads it, or the number a plain read gives (`::float8`); see `num`. */
  onTrackThreshold: Prisma.Decimal | number;
  atRiskThreshold: Prisma.Decimal | number;
}

export interface AssessOptions {
  /** The day of the assessment (ISO date): a board's as-of date, else the real today. */
  today?: string;
  /** The series' own frequency; the KPI's when absent. */
  frequency?: string;
}

const isoToday = (): string => new Date().toISOString().slice(0, 10);

/** Runs the engine on one series with the KPI's own method, thresholds and publication lag. */
export function assessSeries(
  kpi: KpiForAssessment,
  observations: readonly JudgedValue[],
  path: TargetPathDto | undefined,
  options: AssessOptions = {},
): { assessment: Assessment; forecast: Forecast | null } {
  const targetPath = toEnginePath(path);
  const frequency = options.frequency ?? kpi.frequency;
  const own = ofFrequency(observations, frequency);
  const direction = kpi.direction === "LOWER_IS_BETTER" ? "lower_is_better" : "higher_is_better";
  const assessment = assessProgress({
    direction,
    observations: own.map((o) => ({ period: o.period, value: o.value, provisional: o.status === "provisional" })),
    // A KPI without a direction has no progress to judge.
    targetPath: kpi.direction === "NOT_APPLICABLE" ? undefined : targetPath,
    method: kpi.statusMethod.toLowerCase() as Method,
    thresholds: { onTrack: num(kpi.onTrackThreshold), atRisk: num(kpi.atRiskThreshold) },
    unit: kpi.unit.toLowerCase() as Unit,
    decimals: kpi.decimals,
    today: options.today ?? isoToday(),
    publicationLagMonths: kpi.publicationLagMonths ?? null,
    frequency: frequency as PeriodFrequency,
    ...(kpi.reportingInterval ? { reportingInterval: kpi.reportingInterval } : {}),
  });
  const finalTarget = targetPath?.targets.at(-1);
  const projection =
    own.length >= MIN_FORECAST_POINTS
      ? (forecast({
          observations: own,
          direction,
          ...(finalTarget ? { target: { period: finalTarget.period, value: finalTarget.value } } : {}),
        }) ?? null)
      : null;
  return { assessment, forecast: projection };
}
