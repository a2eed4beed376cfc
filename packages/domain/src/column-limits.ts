/** What the database columns can hold, in one place: the numeric(p, s) columns of
 *  prisma/schema.prisma (column-limits.test.ts parses the schema to prove this mirror right) and
 *  PostgreSQL's int4. Input schemas, the import and the REST parsing bound their numbers by it,
 *  so an out-of-range number is a field error instead of a database error. */
export const NUMERIC_COLUMNS = {
  "Kpi.onTrackThreshold": { precision: 6, scale: 4 },
  "Kpi.atRiskThreshold": { precision: 6, scale: 4 },
  "Kpi.rangeMin": { precision: 20, scale: 6 },
  "Kpi.rangeMax": { precision: 20, scale: 6 },
  "TargetPath.baselineValue": { precision: 20, scale: 6 },
  "TargetPath.tolerance": { precision: 20, scale: 6 },
  "TargetPoint.value": { precision: 20, scale: 6 },
  "TargetProposal.baselineValue": { precision: 20, scale: 6 },
  "TargetProposal.tolerance": { precision: 20, scale: 6 },
  "Benchmark.value": { precision: 20, scale: 6 },
  "MeasurementVersion.value": { precision: 20, scale: 6 },
  "MeasurementVersion.numerator": { precision: 24, scale: 6 },
  "MeasurementVersion.denominator": { precision: 24, scale: 6 },
  "MeasurementVersion.envelope": { precision: 20, scale: 2 },
  "MeasurementVersion.committed": { precision: 20, scale: 2 },
} as const satisfies Record<string, { precision: number; scale: number }>;

export type NumericColumn = keyof typeof NUMERIC_COLUMNS;

/** The largest value of a PostgreSQL `integer` (Prisma `Int`): ids, versions, counts. */
export const INT4_MAX = 2_147_483_647;

/** Digits a column holds before the decimal point. */
export const integerDigits = (column: NumericColumn): number =>
  NUMERIC_COLUMNS[column].precision - NUMERIC_COLUMNS[column].scale;

/** Whether `value` fits the column once PostgreSQL rounds it to the column's scale. */
export function fitsColumn(column: NumericColumn, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  const { scale } = NUMERIC_COLUMNS[column];
  return Math.abs(Number(value.toFixed(scale))) < 10 ** integerDigits(column);
}
