-- Hand-written: rules Prisma's schema language cannot express. Prisma's diff does not manage
-- CHECK constraints or triggers, so schema.prisma and the migrations still compare equal.

-- Period keys: 2019 (year), 2019-Q3 (quarter), 2019-09 (month), 2019-2020 (school year).
CREATE FUNCTION boordtabel_is_period(p text) RETURNS boolean
  LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT p ~ '^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2])|-[0-9]{4})?$'
      AND (p !~ '^[0-9]{4}-[0-9]{4}$' OR substr(p, 6, 4)::int = substr(p, 1, 4)::int + 1)
  $$;

ALTER TABLE "plan"
  ADD CONSTRAINT "plan_code_format" CHECK ("code" ~ '^[A-Z0-9][A-Z0-9._-]*$'),
  ADD CONSTRAINT "plan_period_order" CHECK ("period_end" IS NULL OR "period_start" IS NULL OR "period_end" >= "period_start");

ALTER TABLE "plan_node"
  ADD CONSTRAINT "plan_node_code_format" CHECK ("code" ~ '^[A-Z0-9][A-Za-z0-9._-]*$'),
  ADD CONSTRAINT "plan_node_level_range" CHECK ("level" BETWEEN 0 AND 5),
  ADD CONSTRAINT "plan_node_not_own_parent" CHECK ("parent_id" IS NULL OR "parent_id" <> "id");

ALTER TABLE "commitment"
  ADD CONSTRAINT "commitment_code_format" CHECK ("code" ~ '^[A-Z0-9][A-Za-z0-9._-]*$'),
  ADD CONSTRAINT "commitment_progress_range" CHECK ("progress" IS NULL OR "progress" BETWEEN 0 AND 100),
  ADD CONSTRAINT "commitment_dates_order" CHECK ("deadline" IS NULL OR "start_date" IS NULL OR "deadline" >= "start_date");

ALTER TABLE "commitment_status_update"
  ADD CONSTRAINT "commitment_status_update_progress_range" CHECK ("progress" IS NULL OR "progress" BETWEEN 0 AND 100);

ALTER TABLE "kpi"
  ADD CONSTRAINT "kpi_code_format" CHECK ("code" ~ '^KPI-[A-Z0-9][A-Z0-9-]*$'),
  ADD CONSTRAINT "kpi_decimals_range" CHECK ("decimals" BETWEEN 0 AND 6),
  ADD CONSTRAINT "kpi_reporting_interval_positive" CHECK ("reporting_interval" >= 1),
  ADD CONSTRAINT "kpi_thresholds_order" CHECK ("at_risk_threshold" > 0 AND "at_risk_threshold" <= "on_track_threshold"),
  ADD CONSTRAINT "kpi_range_order" CHECK ("range_min" IS NULL OR "range_max" IS NULL OR "range_min" <= "range_max"),
  ADD CONSTRAINT "kpi_target_range_bounds" CHECK ("direction" <> 'TARGET_RANGE' OR ("range_min" IS NOT NULL AND "range_max" IS NOT NULL)),
  ADD CONSTRAINT "kpi_not_own_parent" CHECK ("parent_kpi_id" IS NULL OR "parent_kpi_id" <> "id");

ALTER TABLE "series"
  ADD CONSTRAINT "series_key_total" CHECK (("key" = 'total') = "is_total");

ALTER TABLE "target_path"
  ADD CONSTRAINT "target_path_revision_positive" CHECK ("revision" >= 1),
  ADD CONSTRAINT "target_path_justification_present" CHECK (length(btrim("justification")) > 0),
  ADD CONSTRAINT "target_path_baseline_complete" CHECK (("baseline_period" IS NULL) = ("baseline_value" IS NULL)),
  ADD CONSTRAINT "target_path_baseline_period" CHECK ("baseline_period" IS NULL OR boordtabel_is_period("baseline_period")),
  ADD CONSTRAINT "target_path_tolerance_non_negative" CHECK ("tolerance" IS NULL OR "tolerance" >= 0);

ALTER TABLE "target_point"
  ADD CONSTRAINT "target_point_period" CHECK (boordtabel_is_period("period")),
  ADD CONSTRAINT "target_point_source_present" CHECK (length(btrim("source_label")) > 0);

ALTER TABLE "benchmark"
  ADD CONSTRAINT "benchmark_period" CHECK ("period" IS NULL OR boordtabel_is_period("period")),
  ADD CONSTRAINT "benchmark_source_present" CHECK (length(btrim("source_label")) > 0);

ALTER TABLE "measurement"
  ADD CONSTRAINT "measurement_period" CHECK (boordtabel_is_period("period")),
  ADD CONSTRAINT "measurement_period_order" CHECK ("period_end" >= "period_start"),
  ADD CONSTRAINT "measurement_current_version_positive" CHECK ("current_version" >= 1);

ALTER TABLE "measurement_version"
  ADD CONSTRAINT "measurement_version_positive" CHECK ("version" >= 1),
  ADD CONSTRAINT "measurement_version_value_present" CHECK ("withdrawn" OR "value" IS NOT NULL),
  ADD CONSTRAINT "measurement_version_ratio_complete" CHECK (("numerator" IS NULL) = ("denominator" IS NULL)),
  ADD CONSTRAINT "measurement_version_denominator_positive" CHECK ("denominator" IS NULL OR "denominator" > 0),
  ADD CONSTRAINT "measurement_version_envelope_non_negative" CHECK ("envelope" IS NULL OR "envelope" >= 0),
  ADD CONSTRAINT "measurement_version_committed_non_negative" CHECK ("committed" IS NULL OR "committed" >= 0),
  ADD CONSTRAINT "measurement_version_validated_at" CHECK (("workflow" = 'VALIDATED') = ("validated_at" IS NOT NULL)),
  ADD CONSTRAINT "measurement_version_submitted_at" CHECK ("workflow" = 'DRAFT' OR "submitted_at" IS NOT NULL);

ALTER TABLE "review_note"
  ADD CONSTRAINT "review_note_body_present" CHECK (length(btrim("body")) > 0),
  ADD CONSTRAINT "review_note_period" CHECK ("period" IS NULL OR boordtabel_is_period("period")),
  ADD CONSTRAINT "review_note_resolution" CHECK (("state" = 'RESOLVED') = ("resolved_at" IS NOT NULL));

ALTER TABLE "annotation"
  ADD CONSTRAINT "annotation_has_subject" CHECK ("plan_id" IS NOT NULL OR "kpi_id" IS NOT NULL);

ALTER TABLE "editor_scope"
  ADD CONSTRAINT "editor_scope_has_subject" CHECK ("kpi_id" IS NOT NULL OR "organisation_id" IS NOT NULL);

ALTER TABLE "kpi_steward"
  ADD CONSTRAINT "kpi_steward_has_subject" CHECK ("organisation_id" IS NOT NULL OR "user_id" IS NOT NULL);

ALTER TABLE "user"
  ADD CONSTRAINT "user_email_format" CHECK ("email" ~ '^[^@[:space:]]+@[^@[:space:]]+$');

ALTER TABLE "audit_log"
  ADD CONSTRAINT "audit_log_action_present" CHECK (length(btrim("action")) > 0);

-- The audit trail is append-only.
CREATE FUNCTION boordtabel_audit_log_immutable() RETURNS trigger
  LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'restrict_violation';
    END
  $$;

CREATE TRIGGER "audit_log_append_only"
  BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION boordtabel_audit_log_immutable();
