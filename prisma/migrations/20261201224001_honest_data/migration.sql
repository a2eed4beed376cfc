-- Honest verdicts (issue 11): a frequency and a headline flag per series, when values and
-- target revisions became known, publication lag per KPI, and UNKNOWN as the commitment default.

-- AlterTable
ALTER TABLE "commitment" ALTER COLUMN "status" SET DEFAULT 'UNKNOWN';

-- A NOT_STARTED that no status update supports was the old column default, not a report.
UPDATE "commitment" c SET "status" = 'UNKNOWN'
  WHERE c."status" = 'NOT_STARTED'
    AND NOT EXISTS (SELECT 1 FROM "commitment_status_update" u WHERE u."commitment_id" = c."id");

-- AlterTable
ALTER TABLE "kpi" ADD COLUMN     "publication_lag_months" INTEGER;

-- AlterTable
ALTER TABLE "measurement_version" ADD COLUMN     "known_since" TIMESTAMPTZ(3),
ADD COLUMN     "known_since_approximate" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable: backfill the series' frequency from its KPI before it becomes required.
ALTER TABLE "series" ADD COLUMN     "frequency" "Frequency",
ADD COLUMN     "is_headline" BOOLEAN NOT NULL DEFAULT false;

UPDATE "series" s SET "frequency" = k."frequency" FROM "kpi" k WHERE k."id" = s."kpi_id";
ALTER TABLE "series" ALTER COLUMN "frequency" SET NOT NULL;

-- The total was the implied headline; a KPI without a total takes its first series.
UPDATE "series" SET "is_headline" = "is_total";
UPDATE "series" s SET "is_headline" = true
  WHERE s."id" = (SELECT min(o."id") FROM "series" o WHERE o."kpi_id" = s."kpi_id")
    AND NOT EXISTS (SELECT 1 FROM "series" t WHERE t."kpi_id" = s."kpi_id" AND t."is_total");

-- AlterTable
ALTER TABLE "target_path" ADD COLUMN     "known_since" TIMESTAMPTZ(3),
ADD COLUMN     "known_since_approximate" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE UNIQUE INDEX "series_one_headline_per_kpi" ON "series"("kpi_id") WHERE (is_headline);

-- Hand-written checks (not managed by Prisma's diff).
ALTER TABLE "kpi"
  ADD CONSTRAINT "kpi_publication_lag_range" CHECK ("publication_lag_months" IS NULL OR "publication_lag_months" BETWEEN 0 AND 120);

ALTER TABLE "measurement_version"
  ADD CONSTRAINT "measurement_version_known_since_approximate" CHECK (NOT "known_since_approximate" OR "known_since" IS NOT NULL);

ALTER TABLE "target_path"
  ADD CONSTRAINT "target_path_known_since_approximate" CHECK (NOT "known_since_approximate" OR "known_since" IS NOT NULL);
