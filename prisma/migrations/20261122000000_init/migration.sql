-- CreateEnum
CREATE TYPE "NodeKind" AS ENUM ('INTRODUCTION', 'PILLAR', 'THEME', 'SUBTHEME', 'DOMAIN', 'CHAPTER', 'GROUP');

-- CreateEnum
CREATE TYPE "CommitmentKind" AS ENUM ('ENGAGEMENT', 'DEMAND', 'OVERSIGHT', 'STUDY', 'EVALUATION', 'MONITORING', 'PRINCIPLE', 'POLICY_MEASURE', 'PRIORITY', 'AGENDA_ITEM', 'RECOMMENDATION');

-- CreateEnum
CREATE TYPE "CommitmentStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DELAYED', 'DROPPED');

-- CreateEnum
CREATE TYPE "ActorRole" AS ENUM ('RESPONSIBLE', 'OVERSEEING', 'PARTNER', 'ADDRESSED_TO');

-- CreateEnum
CREATE TYPE "KpiUnit" AS ENUM ('PERCENT', 'COUNT', 'EUR', 'HOURS', 'DAYS', 'MONTHS', 'RATIO', 'INDEX', 'UNSPECIFIED');

-- CreateEnum
CREATE TYPE "KpiKind" AS ENUM ('LEVEL', 'COUNT', 'RATIO', 'BUDGET_ENVELOPE');

-- CreateEnum
CREATE TYPE "Direction" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'TARGET_RANGE', 'NOT_APPLICABLE');

-- CreateEnum
CREATE TYPE "Frequency" AS ENUM ('YEAR', 'SCHOOL_YEAR', 'QUARTER', 'MONTH');

-- CreateEnum
CREATE TYPE "StatusMethod" AS ENUM ('TRAJECTORY', 'OPENSDG', 'UNSD');

-- CreateEnum
CREATE TYPE "Interpolation" AS ENUM ('LINEAR', 'STEP');

-- CreateEnum
CREATE TYPE "TargetKind" AS ENUM ('MILESTONE', 'TARGET');

-- CreateEnum
CREATE TYPE "MeasurementStatus" AS ENUM ('PROVISIONAL', 'FINAL', 'ESTIMATE');

-- CreateEnum
CREATE TYPE "WorkflowState" AS ENUM ('DRAFT', 'SUBMITTED', 'VALIDATED');

-- CreateEnum
CREATE TYPE "ReviewKind" AS ENUM ('COMMENT', 'RESERVATION');

-- CreateEnum
CREATE TYPE "ReviewState" AS ENUM ('OPEN', 'RESOLVED');

-- CreateEnum
CREATE TYPE "AnnotationKind" AS ENUM ('POLICY', 'EVENT', 'METHOD_BREAK', 'NOTE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EDITOR', 'REVIEWER', 'VIEWER');

-- CreateTable
CREATE TABLE "organisation" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name_nl" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "kind" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "title_nl" TEXT NOT NULL,
    "title_en" TEXT NOT NULL,
    "title_en_translated" BOOLEAN NOT NULL DEFAULT false,
    "description_nl" TEXT,
    "description_en" TEXT,
    "kind" TEXT,
    "owner_organisation_id" INTEGER,
    "owner_text" TEXT,
    "year" INTEGER,
    "period_start" INTEGER,
    "period_end" INTEGER,
    "source_document" TEXT,
    "objectives" JSONB NOT NULL DEFAULT '[]',
    "evidence" JSONB NOT NULL DEFAULT '[]',
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_node" (
    "id" SERIAL NOT NULL,
    "plan_id" INTEGER NOT NULL,
    "parent_id" INTEGER,
    "code" TEXT NOT NULL,
    "kind" "NodeKind" NOT NULL,
    "level" INTEGER NOT NULL,
    "number" TEXT,
    "title_nl" TEXT NOT NULL,
    "title_en" TEXT NOT NULL,
    "title_en_translated" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "location" JSONB,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "plan_node_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commitment" (
    "id" SERIAL NOT NULL,
    "plan_id" INTEGER NOT NULL,
    "node_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "number_in_document" TEXT,
    "title_nl" TEXT NOT NULL,
    "title_en" TEXT NOT NULL,
    "title_en_translated" BOOLEAN NOT NULL DEFAULT false,
    "description_nl" TEXT,
    "description_en" TEXT,
    "kind" "CommitmentKind" NOT NULL,
    "status" "CommitmentStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "progress" INTEGER,
    "start_date" DATE,
    "deadline" DATE,
    "time_frame_nl" TEXT,
    "time_frame_en" TEXT,
    "quantitative_target" JSONB,
    "target_groups" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "actor_note" TEXT,
    "note" TEXT,
    "evidence" JSONB NOT NULL DEFAULT '[]',
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "commitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commitment_actor" (
    "id" SERIAL NOT NULL,
    "commitment_id" INTEGER NOT NULL,
    "organisation_id" INTEGER NOT NULL,
    "role" "ActorRole" NOT NULL,
    "label_as_written" TEXT NOT NULL,

    CONSTRAINT "commitment_actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commitment_status_update" (
    "id" SERIAL NOT NULL,
    "commitment_id" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "status" "CommitmentStatus" NOT NULL,
    "progress" INTEGER,
    "note" TEXT,
    "author_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "commitment_status_update_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "milestone" (
    "id" SERIAL NOT NULL,
    "commitment_id" INTEGER NOT NULL,
    "title_nl" TEXT NOT NULL,
    "title_en" TEXT NOT NULL,
    "due_date" DATE,
    "done_at" DATE,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commitment_kpi" (
    "commitment_id" INTEGER NOT NULL,
    "kpi_id" INTEGER NOT NULL,

    CONSTRAINT "commitment_kpi_pkey" PRIMARY KEY ("commitment_id","kpi_id")
);

-- CreateTable
CREATE TABLE "kpi" (
    "id" SERIAL NOT NULL,
    "plan_id" INTEGER NOT NULL,
    "parent_kpi_id" INTEGER,
    "code" TEXT NOT NULL,
    "name_nl" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_en_translated" BOOLEAN NOT NULL DEFAULT false,
    "definition_nl" TEXT,
    "definition_en" TEXT,
    "kind" "KpiKind" NOT NULL DEFAULT 'LEVEL',
    "unit" "KpiUnit" NOT NULL,
    "unit_label" TEXT,
    "decimals" INTEGER NOT NULL DEFAULT 1,
    "direction" "Direction" NOT NULL,
    "direction_basis" TEXT,
    "frequency" "Frequency" NOT NULL DEFAULT 'YEAR',
    "reporting_interval" INTEGER NOT NULL DEFAULT 1,
    "source_organisation_id" INTEGER,
    "source_text" TEXT,
    "method_text" TEXT,
    "next_release" DATE,
    "status_method" "StatusMethod" NOT NULL DEFAULT 'TRAJECTORY',
    "on_track_threshold" DECIMAL(6,4) NOT NULL DEFAULT 0.95,
    "at_risk_threshold" DECIMAL(6,4) NOT NULL DEFAULT 0.75,
    "range_min" DECIMAL(20,6),
    "range_max" DECIMAL(20,6),
    "is_headline" BOOLEAN NOT NULL DEFAULT false,
    "quantifiable" TEXT,
    "qualitative_status" JSONB NOT NULL DEFAULT '[]',
    "qualitative_targets" JSONB NOT NULL DEFAULT '[]',
    "facts" JSONB NOT NULL DEFAULT '[]',
    "data_source_note" TEXT,
    "note" TEXT,
    "evidence" JSONB NOT NULL DEFAULT '[]',
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "kpi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kpi_node" (
    "kpi_id" INTEGER NOT NULL,
    "node_id" INTEGER NOT NULL,

    CONSTRAINT "kpi_node_pkey" PRIMARY KEY ("kpi_id","node_id")
);

-- CreateTable
CREATE TABLE "kpi_steward" (
    "id" SERIAL NOT NULL,
    "kpi_id" INTEGER NOT NULL,
    "organisation_id" INTEGER,
    "user_id" TEXT,

    CONSTRAINT "kpi_steward_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dimension" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name_nl" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,

    CONSTRAINT "dimension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dimension_member" (
    "id" SERIAL NOT NULL,
    "dimension_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name_nl" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "dimension_member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kpi_dimension" (
    "kpi_id" INTEGER NOT NULL,
    "dimension_id" INTEGER NOT NULL,

    CONSTRAINT "kpi_dimension_pkey" PRIMARY KEY ("kpi_id","dimension_id")
);

-- CreateTable
CREATE TABLE "series" (
    "id" SERIAL NOT NULL,
    "kpi_id" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "is_total" BOOLEAN NOT NULL DEFAULT false,
    "label_nl" TEXT NOT NULL,
    "label_en" TEXT NOT NULL,
    "current_target_path_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "series_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "series_member" (
    "series_id" INTEGER NOT NULL,
    "member_id" INTEGER NOT NULL,

    CONSTRAINT "series_member_pkey" PRIMARY KEY ("series_id","member_id")
);

-- CreateTable
CREATE TABLE "target_path" (
    "id" SERIAL NOT NULL,
    "series_id" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    "baseline_period" TEXT,
    "baseline_value" DECIMAL(20,6),
    "baseline_source" TEXT,
    "interpolation" "Interpolation" NOT NULL DEFAULT 'LINEAR',
    "tolerance" DECIMAL(20,6),
    "justification" TEXT NOT NULL,
    "author_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "superseded_at" TIMESTAMPTZ(3),

    CONSTRAINT "target_path_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "target_point" (
    "id" SERIAL NOT NULL,
    "target_path_id" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "period_end" DATE NOT NULL,
    "value" DECIMAL(20,6) NOT NULL,
    "kind" "TargetKind" NOT NULL DEFAULT 'TARGET',
    "source_label" TEXT NOT NULL,
    "source_url" TEXT,
    "note" TEXT,
    "evidence" JSONB,

    CONSTRAINT "target_point_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "benchmark" (
    "id" SERIAL NOT NULL,
    "kpi_id" INTEGER NOT NULL,
    "series_id" INTEGER,
    "entity_code" TEXT NOT NULL,
    "entity_nl" TEXT NOT NULL,
    "entity_en" TEXT NOT NULL,
    "period" TEXT,
    "value" DECIMAL(20,6) NOT NULL,
    "source_label" TEXT NOT NULL,
    "source_url" TEXT,
    "note" TEXT,
    "evidence" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "benchmark_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "measurement" (
    "id" SERIAL NOT NULL,
    "series_id" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "current_version" INTEGER NOT NULL DEFAULT 1,
    "published_version_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "measurement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "measurement_version" (
    "id" SERIAL NOT NULL,
    "measurement_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "value" DECIMAL(20,6),
    "numerator" DECIMAL(24,6),
    "denominator" DECIMAL(24,6),
    "envelope" DECIMAL(20,2),
    "committed" DECIMAL(20,2),
    "status" "MeasurementStatus" NOT NULL DEFAULT 'FINAL',
    "workflow" "WorkflowState" NOT NULL DEFAULT 'DRAFT',
    "withdrawn" BOOLEAN NOT NULL DEFAULT false,
    "break_in_series" BOOLEAN NOT NULL DEFAULT false,
    "confidential" BOOLEAN NOT NULL DEFAULT false,
    "source_label" TEXT,
    "source_url" TEXT,
    "comment" TEXT,
    "reason" TEXT,
    "evidence" JSONB,
    "author_id" TEXT,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submitted_at" TIMESTAMPTZ(3),
    "validated_at" TIMESTAMPTZ(3),
    "validated_by_id" TEXT,

    CONSTRAINT "measurement_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_note" (
    "id" SERIAL NOT NULL,
    "kpi_id" INTEGER NOT NULL,
    "series_id" INTEGER,
    "period" TEXT,
    "kind" "ReviewKind" NOT NULL,
    "state" "ReviewState" NOT NULL DEFAULT 'OPEN',
    "body" TEXT NOT NULL,
    "author_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_at" TIMESTAMPTZ(3),
    "resolved_by_id" TEXT,
    "resolution" TEXT,

    CONSTRAINT "review_note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annotation" (
    "id" SERIAL NOT NULL,
    "plan_id" INTEGER,
    "kpi_id" INTEGER,
    "date" DATE NOT NULL,
    "kind" "AnnotationKind" NOT NULL DEFAULT 'NOTE',
    "title_nl" TEXT NOT NULL,
    "title_en" TEXT NOT NULL,
    "body_nl" TEXT,
    "body_en" TEXT,
    "source_url" TEXT,
    "author_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "annotation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "email_verified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" "Role" NOT NULL DEFAULT 'VIEWER',
    "organisation_id" INTEGER,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "ip_address" TEXT,
    "user_agent" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "provider_id" TEXT NOT NULL,
    "access_token" TEXT,
    "refresh_token" TEXT,
    "id_token" TEXT,
    "access_token_expires_at" TIMESTAMPTZ(3),
    "refresh_token_expires_at" TIMESTAMPTZ(3),
    "scope" TEXT,
    "password" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "last_request" BIGINT NOT NULL,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_token" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3),
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "editor_scope" (
    "id" SERIAL NOT NULL,
    "user_id" TEXT NOT NULL,
    "kpi_id" INTEGER,
    "organisation_id" INTEGER,

    CONSTRAINT "editor_scope_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "app_setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" TEXT,
    "actor_label" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT,
    "request_id" TEXT,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "organisation_code_key" ON "organisation"("code");

-- CreateIndex
CREATE UNIQUE INDEX "plan_code_key" ON "plan"("code");

-- CreateIndex
CREATE UNIQUE INDEX "plan_node_code_key" ON "plan_node"("code");

-- CreateIndex
CREATE INDEX "plan_node_plan_id_parent_id_sort_order_idx" ON "plan_node"("plan_id", "parent_id", "sort_order");

-- CreateIndex
CREATE UNIQUE INDEX "plan_node_plan_id_id_key" ON "plan_node"("plan_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "commitment_code_key" ON "commitment"("code");

-- CreateIndex
CREATE INDEX "commitment_plan_id_node_id_idx" ON "commitment"("plan_id", "node_id");

-- CreateIndex
CREATE INDEX "commitment_status_deadline_idx" ON "commitment"("status", "deadline");

-- CreateIndex
CREATE INDEX "commitment_actor_organisation_id_idx" ON "commitment_actor"("organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "commitment_actor_commitment_id_organisation_id_role_label_a_key" ON "commitment_actor"("commitment_id", "organisation_id", "role", "label_as_written");

-- CreateIndex
CREATE INDEX "commitment_status_update_commitment_id_date_idx" ON "commitment_status_update"("commitment_id", "date");

-- CreateIndex
CREATE INDEX "milestone_commitment_id_idx" ON "milestone"("commitment_id");

-- CreateIndex
CREATE INDEX "commitment_kpi_kpi_id_idx" ON "commitment_kpi"("kpi_id");

-- CreateIndex
CREATE UNIQUE INDEX "kpi_code_key" ON "kpi"("code");

-- CreateIndex
CREATE INDEX "kpi_plan_id_sort_order_idx" ON "kpi"("plan_id", "sort_order");

-- CreateIndex
CREATE INDEX "kpi_node_node_id_idx" ON "kpi_node"("node_id");

-- CreateIndex
CREATE INDEX "kpi_steward_kpi_id_idx" ON "kpi_steward"("kpi_id");

-- CreateIndex
CREATE UNIQUE INDEX "dimension_code_key" ON "dimension"("code");

-- CreateIndex
CREATE UNIQUE INDEX "dimension_member_dimension_id_code_key" ON "dimension_member"("dimension_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "series_current_target_path_id_key" ON "series"("current_target_path_id");

-- CreateIndex
CREATE UNIQUE INDEX "series_kpi_id_key_key" ON "series"("kpi_id", "key");

-- CreateIndex
CREATE INDEX "series_member_member_id_idx" ON "series_member"("member_id");

-- CreateIndex
CREATE UNIQUE INDEX "target_path_series_id_revision_key" ON "target_path"("series_id", "revision");

-- CreateIndex
CREATE UNIQUE INDEX "target_point_target_path_id_period_key" ON "target_point"("target_path_id", "period");

-- CreateIndex
CREATE INDEX "benchmark_kpi_id_idx" ON "benchmark"("kpi_id");

-- CreateIndex
CREATE UNIQUE INDEX "measurement_published_version_id_key" ON "measurement"("published_version_id");

-- CreateIndex
CREATE INDEX "measurement_series_id_period_end_idx" ON "measurement"("series_id", "period_end");

-- CreateIndex
CREATE UNIQUE INDEX "measurement_series_id_period_key" ON "measurement"("series_id", "period");

-- CreateIndex
CREATE INDEX "measurement_version_measurement_id_validated_at_idx" ON "measurement_version"("measurement_id", "validated_at");

-- CreateIndex
CREATE INDEX "measurement_version_workflow_idx" ON "measurement_version"("workflow");

-- CreateIndex
CREATE UNIQUE INDEX "measurement_version_measurement_id_version_key" ON "measurement_version"("measurement_id", "version");

-- CreateIndex
CREATE INDEX "review_note_kpi_id_state_idx" ON "review_note"("kpi_id", "state");

-- CreateIndex
CREATE INDEX "annotation_kpi_id_date_idx" ON "annotation"("kpi_id", "date");

-- CreateIndex
CREATE INDEX "annotation_plan_id_date_idx" ON "annotation"("plan_id", "date");

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "session_user_id_idx" ON "session"("user_id");

-- CreateIndex
CREATE INDEX "account_user_id_idx" ON "account"("user_id");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "rate_limit_key_key" ON "rate_limit"("key");

-- CreateIndex
CREATE UNIQUE INDEX "api_token_token_hash_key" ON "api_token"("token_hash");

-- CreateIndex
CREATE INDEX "api_token_user_id_idx" ON "api_token"("user_id");

-- CreateIndex
CREATE INDEX "editor_scope_user_id_idx" ON "editor_scope"("user_id");

-- CreateIndex
CREATE INDEX "audit_log_entity_type_entity_id_at_idx" ON "audit_log"("entity_type", "entity_id", "at");

-- CreateIndex
CREATE INDEX "audit_log_at_idx" ON "audit_log"("at");

-- AddForeignKey
ALTER TABLE "plan" ADD CONSTRAINT "plan_owner_organisation_id_fkey" FOREIGN KEY ("owner_organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_node" ADD CONSTRAINT "plan_node_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_node" ADD CONSTRAINT "plan_node_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "plan_node"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_node_id_fkey" FOREIGN KEY ("node_id") REFERENCES "plan_node"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_actor" ADD CONSTRAINT "commitment_actor_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_actor" ADD CONSTRAINT "commitment_actor_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_status_update" ADD CONSTRAINT "commitment_status_update_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_status_update" ADD CONSTRAINT "commitment_status_update_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestone" ADD CONSTRAINT "milestone_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_kpi" ADD CONSTRAINT "commitment_kpi_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_kpi" ADD CONSTRAINT "commitment_kpi_kpi_id_fkey" FOREIGN KEY ("kpi_id") REFERENCES "kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kpi" ADD CONSTRAINT "kpi_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kpi" ADD CONSTRAINT "kpi_parent_kpi_id_fkey" FOREIGN KEY ("parent_kpi_id") REFERENCES "kpi"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kpi" ADD CONSTRAINT "kpi_source_organisation_id_fkey" FOREIGN KEY ("source_organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kpi_node" ADD CONSTRAINT "kpi_node_kpi_id_fkey" FOREIGN KEY ("kpi_id") REFERENCES "kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kpi_node" ADD CONSTRAINT "kpi_node_node_id_fkey" FOREIGN KEY ("node_id") REFERENCES "plan_node"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kpi_steward" ADD CONSTRAINT "kpi_steward_kpi_id_fkey" FOREIGN KEY ("kpi_id") REFERENCES "kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kpi_steward" ADD CONSTRAINT "kpi_steward_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kpi_steward" ADD CONSTRAINT "kpi_steward_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dimension_member" ADD CONSTRAINT "dimension_member_dimension_id_fkey" FOREIGN KEY ("dimension_id") REFERENCES "dimension"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kpi_dimension" ADD CONSTRAINT "kpi_dimension_kpi_id_fkey" FOREIGN KEY ("kpi_id") REFERENCES "kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kpi_dimension" ADD CONSTRAINT "kpi_dimension_dimension_id_fkey" FOREIGN KEY ("dimension_id") REFERENCES "dimension"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "series" ADD CONSTRAINT "series_kpi_id_fkey" FOREIGN KEY ("kpi_id") REFERENCES "kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "series" ADD CONSTRAINT "series_current_target_path_id_fkey" FOREIGN KEY ("current_target_path_id") REFERENCES "target_path"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "series_member" ADD CONSTRAINT "series_member_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "series_member" ADD CONSTRAINT "series_member_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "dimension_member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "target_path" ADD CONSTRAINT "target_path_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "target_path" ADD CONSTRAINT "target_path_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "target_point" ADD CONSTRAINT "target_point_target_path_id_fkey" FOREIGN KEY ("target_path_id") REFERENCES "target_path"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "benchmark" ADD CONSTRAINT "benchmark_kpi_id_fkey" FOREIGN KEY ("kpi_id") REFERENCES "kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "benchmark" ADD CONSTRAINT "benchmark_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measurement" ADD CONSTRAINT "measurement_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measurement" ADD CONSTRAINT "measurement_published_version_id_fkey" FOREIGN KEY ("published_version_id") REFERENCES "measurement_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measurement_version" ADD CONSTRAINT "measurement_version_measurement_id_fkey" FOREIGN KEY ("measurement_id") REFERENCES "measurement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measurement_version" ADD CONSTRAINT "measurement_version_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measurement_version" ADD CONSTRAINT "measurement_version_validated_by_id_fkey" FOREIGN KEY ("validated_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_note" ADD CONSTRAINT "review_note_kpi_id_fkey" FOREIGN KEY ("kpi_id") REFERENCES "kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_note" ADD CONSTRAINT "review_note_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_note" ADD CONSTRAINT "review_note_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_note" ADD CONSTRAINT "review_note_resolved_by_id_fkey" FOREIGN KEY ("resolved_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annotation" ADD CONSTRAINT "annotation_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annotation" ADD CONSTRAINT "annotation_kpi_id_fkey" FOREIGN KEY ("kpi_id") REFERENCES "kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annotation" ADD CONSTRAINT "annotation_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user" ADD CONSTRAINT "user_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "editor_scope" ADD CONSTRAINT "editor_scope_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "editor_scope" ADD CONSTRAINT "editor_scope_kpi_id_fkey" FOREIGN KEY ("kpi_id") REFERENCES "kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "editor_scope" ADD CONSTRAINT "editor_scope_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
