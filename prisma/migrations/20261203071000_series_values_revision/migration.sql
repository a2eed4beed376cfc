-- Each series' values revision (docs/performance.md, change 24): a new random value in the same
-- statement as every write that changes the series' published values, so that what a read built
-- from them (packages/api, series-values.ts) may be kept for as long as the revision stands,
-- across every other write. Random, not counted: a restored backup brings each series' revision
-- with the values it stood for, and no two states of a series share one.

-- AlterTable
ALTER TABLE "series" ADD COLUMN     "values_revision" UUID NOT NULL DEFAULT gen_random_uuid();

-- A series' published values are its measurements' published versions (observations.ts). They
-- change when a measurement comes or goes with a published version, when a measurement's
-- published version (or its series or period) changes, or when a published version is edited in
-- place. A new version by itself changes nothing until its measurement points at it, so inserts
-- into measurement_version need no trigger: an import's 100 000 new versions are not read twice.
-- A published version cannot be deleted while its measurement points at it (foreign key), nor
-- measurement_version truncated without measurement.
--
-- Once per statement (transition tables: an import moves each of its series once), the series
-- locked in id order so that two writers never wait on each other in a cycle here.
CREATE FUNCTION "move_series_values"(touched INTEGER[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(touched) > 0 THEN
    UPDATE "series" s SET "values_revision" = gen_random_uuid()
     WHERE s."id" IN (SELECT l."id" FROM "series" l WHERE l."id" = ANY (touched) ORDER BY l."id" FOR NO KEY UPDATE);
  END IF;
END $$;

CREATE FUNCTION "measurement_moves_series_values"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    UPDATE "series" SET "values_revision" = gen_random_uuid();
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM "move_series_values"(ARRAY(
      SELECT DISTINCT "series_id" FROM "new_rows" WHERE "published_version_id" IS NOT NULL));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "move_series_values"(ARRAY(
      SELECT DISTINCT "series_id" FROM "old_rows" WHERE "published_version_id" IS NOT NULL));
  ELSE
    -- A new draft (the version counter alone) leaves the published values as they are.
    PERFORM "move_series_values"(ARRAY(
      SELECT DISTINCT x."series_id"
        FROM "old_rows" o JOIN "new_rows" n ON n."id" = o."id",
             LATERAL (VALUES (o."series_id"), (n."series_id")) AS x("series_id")
       WHERE (o."series_id", o."period", o."period_start", o."period_end", o."published_version_id")
             IS DISTINCT FROM (n."series_id", n."period", n."period_start", n."period_end", n."published_version_id")));
  END IF;
  RETURN NULL;
END $$;

-- A version edited in place (withdrawn, its known-since corrected, …) moves its series if it is
-- the published one, before or after the edit.
CREATE FUNCTION "measurement_version_moves_series_values"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "move_series_values"(ARRAY(
    SELECT DISTINCT m."series_id"
      FROM "measurement" m
     WHERE m."published_version_id" IN (SELECT "id" FROM "new_rows" UNION SELECT "id" FROM "old_rows")));
  RETURN NULL;
END $$;

-- One trigger per event: PostgreSQL gives transition tables to single-event triggers only.
CREATE TRIGGER "measurement_inserted_moves_series_values" AFTER INSERT ON "measurement"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "measurement_moves_series_values"();
CREATE TRIGGER "measurement_updated_moves_series_values" AFTER UPDATE ON "measurement"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "measurement_moves_series_values"();
CREATE TRIGGER "measurement_deleted_moves_series_values" AFTER DELETE ON "measurement"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "measurement_moves_series_values"();
CREATE TRIGGER "measurement_truncated_moves_series_values" AFTER TRUNCATE ON "measurement"
  FOR EACH STATEMENT EXECUTE FUNCTION "measurement_moves_series_values"();
CREATE TRIGGER "measurement_version_updated_moves_series_values" AFTER UPDATE ON "measurement_version"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "measurement_version_moves_series_values"();
