-- Each series' values revision (docs/performance.md, change 24): a new random value in the same
-- statement as every write to the series' measurements or their versions, so that what a read
-- built from a series' published values (packages/api, series-values.ts) may be kept for as long
-- as the revision stands, across every other write. Random, not counted: a restored backup brings
-- each series' revision with the values it stood for, and no two states of a series share one.

-- AlterTable
ALTER TABLE "series" ADD COLUMN     "values_revision" UUID NOT NULL DEFAULT gen_random_uuid();

-- The series a statement on measurement or measurement_version touched get a new revision, once
-- per statement (transition tables: an import of 100 000 values moves each of its series once),
-- locked in id order so that two writers never wait on each other in a cycle here. A measurement
-- update that leaves its series, period and published version alone (a new draft version) moves
-- nothing: the published values are the same.
CREATE FUNCTION "series_values_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  touched INTEGER[];
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    UPDATE "series" SET "values_revision" = gen_random_uuid();
    RETURN NULL;
  END IF;
  IF TG_TABLE_NAME = 'measurement' THEN
    IF TG_OP = 'INSERT' THEN
      SELECT array_agg(DISTINCT "series_id") INTO touched FROM "new_rows";
    ELSIF TG_OP = 'DELETE' THEN
      SELECT array_agg(DISTINCT "series_id") INTO touched FROM "old_rows";
    ELSE
      SELECT array_agg(DISTINCT x."series_id") INTO touched
        FROM "old_rows" o JOIN "new_rows" n ON n."id" = o."id",
             LATERAL (VALUES (o."series_id"), (n."series_id")) AS x("series_id")
       WHERE (o."series_id", o."period", o."period_start", o."period_end", o."published_version_id")
             IS DISTINCT FROM (n."series_id", n."period", n."period_start", n."period_end", n."published_version_id");
    END IF;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT m."series_id") INTO touched
      FROM "measurement" m WHERE m."id" IN (SELECT "measurement_id" FROM "old_rows");
  ELSIF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT m."series_id") INTO touched
      FROM "measurement" m WHERE m."id" IN (SELECT "measurement_id" FROM "new_rows");
  ELSE
    SELECT array_agg(DISTINCT m."series_id") INTO touched
      FROM "measurement" m
     WHERE m."id" IN (SELECT "measurement_id" FROM "new_rows" UNION SELECT "measurement_id" FROM "old_rows");
  END IF;
  IF touched IS NOT NULL THEN
    UPDATE "series" s SET "values_revision" = gen_random_uuid()
     WHERE s."id" IN (SELECT l."id" FROM "series" l WHERE l."id" = ANY (touched) ORDER BY l."id" FOR NO KEY UPDATE);
  END IF;
  RETURN NULL;
END $$;

-- One trigger per table and event: PostgreSQL gives transition tables to single-event triggers only.
CREATE TRIGGER "measurement_inserted_moves_series_values" AFTER INSERT ON "measurement"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "series_values_changed"();
CREATE TRIGGER "measurement_updated_moves_series_values" AFTER UPDATE ON "measurement"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "series_values_changed"();
CREATE TRIGGER "measurement_deleted_moves_series_values" AFTER DELETE ON "measurement"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "series_values_changed"();
CREATE TRIGGER "measurement_truncated_moves_series_values" AFTER TRUNCATE ON "measurement"
  FOR EACH STATEMENT EXECUTE FUNCTION "series_values_changed"();
CREATE TRIGGER "measurement_version_inserted_moves_series_values" AFTER INSERT ON "measurement_version"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "series_values_changed"();
CREATE TRIGGER "measurement_version_updated_moves_series_values" AFTER UPDATE ON "measurement_version"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "series_values_changed"();
CREATE TRIGGER "measurement_version_deleted_moves_series_values" AFTER DELETE ON "measurement_version"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "series_values_changed"();
CREATE TRIGGER "measurement_version_truncated_moves_series_values" AFTER TRUNCATE ON "measurement_version"
  FOR EACH STATEMENT EXECUTE FUNCTION "series_values_changed"();
