import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "./testing/index.js";

let database: TestDatabase;
let seriesId: number;
let measurementId: number;

beforeAll(async () => {
  database = await createTestDatabase();
  const row = await database.sql<{ series_id: number; measurement_id: number }>(
    `SELECT s.id AS series_id, m.id AS measurement_id FROM series s
       JOIN kpi k ON k.id = s.kpi_id JOIN measurement m ON m.series_id = s.id
      WHERE k.code = 'KPI-WZG' AND s.key = 'total' AND m.period = '2018'`,
  );
  seriesId = row.rows[0]!.series_id;
  measurementId = row.rows[0]!.measurement_id;
});
afterAll(() => database.drop());

async function expectRejected(sql: string, values: unknown[], constraint: RegExp): Promise<void> {
  await expect(database.sql(sql, values)).rejects.toThrow(constraint);
}

const insertMeasurement = `INSERT INTO measurement (series_id, period, period_start, period_end) VALUES ($1, $2, $3, $4)`;
const insertVersion = `INSERT INTO measurement_version (measurement_id, version, value, numerator, denominator, workflow, validated_at, submitted_at, withdrawn)
                       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`;

describe("the database refuses bad rows", () => {
  it.each(["2019-Q5", "2019-13", "2019-2021", "19", "2019-Q"])(
    "a measurement for the invalid period %s",
    async (period) => {
      await expectRejected(insertMeasurement, [seriesId, period, "2019-01-01", "2019-12-31"], /measurement_period/);
    },
  );

  it("a second measurement for the same series and period", async () => {
    await expectRejected(
      insertMeasurement,
      [seriesId, "2018", "2018-01-01", "2018-12-31"],
      /unique constraint|duplicate key/,
    );
  });

  it("a measurement for a series that does not exist", async () => {
    await expectRejected(insertMeasurement, [999_999, "2030", "2030-01-01", "2030-12-31"], /foreign key/);
  });

  it("a period that ends before it starts", async () => {
    await expectRejected(insertMeasurement, [seriesId, "2031", "2031-12-31", "2031-01-01"], /measurement_period_order/);
  });

  it("a second version with the same number", async () => {
    await expectRejected(
      insertVersion,
      [measurementId, 1, 75, null, null, "DRAFT", null, null, false],
      /unique constraint|duplicate key/,
    );
  });

  it("a version without a value that is not a withdrawal", async () => {
    await expectRejected(
      insertVersion,
      [measurementId, 9, null, null, null, "DRAFT", null, null, false],
      /measurement_version_value_present/,
    );
  });

  it("a ratio with a numerator but no denominator, or a zero denominator", async () => {
    await expectRejected(
      insertVersion,
      [measurementId, 9, 50, 5, null, "DRAFT", null, null, false],
      /measurement_version_ratio_complete/,
    );
    await expectRejected(
      insertVersion,
      [measurementId, 9, 50, 5, 0, "DRAFT", null, null, false],
      /measurement_version_denominator_positive/,
    );
  });

  it("a validated version without its validation time, or a submitted one without its submission time", async () => {
    await expectRejected(
      insertVersion,
      [measurementId, 9, 75, null, null, "VALIDATED", null, new Date(), false],
      /measurement_version_validated_at/,
    );
    await expectRejected(
      insertVersion,
      [measurementId, 9, 75, null, null, "SUBMITTED", null, null, false],
      /measurement_version_submitted_at/,
    );
  });

  it("an unknown workflow state", async () => {
    await expectRejected(
      insertVersion,
      [measurementId, 9, 75, null, null, "PUBLISHED", null, null, false],
      /invalid input value for enum/,
    );
  });

  it("KPI settings out of range", async () => {
    await expectRejected(`UPDATE kpi SET decimals = 9 WHERE code = 'KPI-WZG'`, [], /kpi_decimals_range/);
    await expectRejected(`UPDATE kpi SET at_risk_threshold = 0.99 WHERE code = 'KPI-WZG'`, [], /kpi_thresholds_order/);
    await expectRejected(
      `UPDATE kpi SET direction = 'TARGET_RANGE' WHERE code = 'KPI-WZG'`,
      [],
      /kpi_target_range_bounds/,
    );
  });

  it("commitment progress outside 0-100 and deadlines before the start", async () => {
    await expectRejected(
      `UPDATE commitment SET progress = 150 WHERE code = 'IAB-C001'`,
      [],
      /commitment_progress_range/,
    );
    await expectRejected(
      `UPDATE commitment SET start_date = '2020-01-01', deadline = '2019-01-01' WHERE code = 'IAB-C001'`,
      [],
      /commitment_dates_order/,
    );
  });

  it("a target revision without a justification, and a target with an invalid period", async () => {
    await expectRejected(
      `INSERT INTO target_path (series_id, revision, justification) VALUES ($1, 99, '  ')`,
      [seriesId],
      /target_path_justification_present/,
    );
    await expectRejected(
      `INSERT INTO target_point (target_path_id, period, period_end, value, source_label)
       SELECT id, '2030-Q9', '2030-12-31', 80, 'x' FROM target_path WHERE series_id = $1 LIMIT 1`,
      [seriesId],
      /target_point_period/,
    );
  });

  it("changes to or removal of audit rows", async () => {
    await expectRejected(`UPDATE audit_log SET action = 'tampered'`, [], /append-only/);
    await expectRejected(`DELETE FROM audit_log`, [], /append-only/);
  });

  it("and none of the refused statements changed anything", async () => {
    const result = await database.sql<{ measurements: string; versions: string; audit: string }>(
      `SELECT (SELECT count(*) FROM measurement WHERE series_id = $1) AS measurements,
              (SELECT count(*) FROM measurement_version WHERE measurement_id = $2) AS versions,
              (SELECT count(*) FROM audit_log WHERE action = 'seed.reference') AS audit`,
      [seriesId, measurementId],
    );
    const kpi = await database.db.kpi.findUniqueOrThrow({
      where: { code: "KPI-WZG" },
      select: { decimals: true, direction: true },
    });
    expect(result.rows[0]).toEqual({ measurements: "7", versions: "1", audit: "1" });
    expect(kpi).toEqual({ decimals: 1, direction: "HIGHER_IS_BETTER" });
  });
});
