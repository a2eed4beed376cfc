-- CreateEnum
CREATE TYPE "ProposalState" AS ENUM ('OPEN', 'ADOPTED', 'ADOPTED_AMENDED', 'REJECTED');

-- CreateEnum
CREATE TYPE "PositionStance" AS ENUM ('AGREE', 'AGREE_WITH_RESERVATION', 'DISAGREE');

-- AlterTable
ALTER TABLE "kpi" ADD COLUMN     "at_risk_needs_action" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "target_proposal" (
    "id" SERIAL NOT NULL,
    "series_id" INTEGER NOT NULL,
    "state" "ProposalState" NOT NULL DEFAULT 'OPEN',
    "baseline_period" TEXT,
    "baseline_value" DECIMAL(20,6),
    "interpolation" "Interpolation" NOT NULL DEFAULT 'LINEAR',
    "tolerance" DECIMAL(20,6),
    "targets" JSONB NOT NULL,
    "justification" TEXT NOT NULL,
    "capacity_assumption" TEXT,
    "budget_assumption" TEXT,
    "author_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decision_date" DATE,
    "decision_reference" TEXT,
    "decision_note" TEXT,
    "decided_by_id" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "target_path_id" INTEGER,

    CONSTRAINT "target_proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "proposal_position" (
    "id" SERIAL NOT NULL,
    "proposal_id" INTEGER NOT NULL,
    "organisation_id" INTEGER NOT NULL,
    "stance" "PositionStance" NOT NULL,
    "body" TEXT,
    "author_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "superseded_at" TIMESTAMPTZ(3),

    CONSTRAINT "proposal_position_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "corrective_action" (
    "id" SERIAL NOT NULL,
    "kpi_id" INTEGER NOT NULL,
    "series_id" INTEGER NOT NULL,
    "status_at_open" TEXT NOT NULL,
    "what" TEXT NOT NULL,
    "who" TEXT NOT NULL,
    "due_date" DATE NOT NULL,
    "expected_effect" TEXT NOT NULL,
    "author_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closed_at" TIMESTAMPTZ(3),
    "closed_by_id" TEXT,
    "outcome" TEXT,

    CONSTRAINT "corrective_action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "corrective_action_comment" (
    "id" SERIAL NOT NULL,
    "action_id" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "author_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "corrective_action_comment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "target_proposal_target_path_id_key" ON "target_proposal"("target_path_id");

-- CreateIndex
CREATE INDEX "target_proposal_series_id_state_idx" ON "target_proposal"("series_id", "state");

-- CreateIndex
CREATE INDEX "proposal_position_proposal_id_idx" ON "proposal_position"("proposal_id");

-- CreateIndex
CREATE UNIQUE INDEX "proposal_position_one_current" ON "proposal_position"("proposal_id", "organisation_id") WHERE (superseded_at IS NULL);

-- CreateIndex
CREATE INDEX "corrective_action_kpi_id_closed_at_idx" ON "corrective_action"("kpi_id", "closed_at");

-- CreateIndex
CREATE INDEX "corrective_action_comment_action_id_idx" ON "corrective_action_comment"("action_id");

-- CreateIndex
CREATE UNIQUE INDEX "kpi_steward_kpi_id_organisation_id_key" ON "kpi_steward"("kpi_id", "organisation_id");

-- AddForeignKey
ALTER TABLE "target_proposal" ADD CONSTRAINT "target_proposal_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "target_proposal" ADD CONSTRAINT "target_proposal_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "target_proposal" ADD CONSTRAINT "target_proposal_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "target_proposal" ADD CONSTRAINT "target_proposal_target_path_id_fkey" FOREIGN KEY ("target_path_id") REFERENCES "target_path"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal_position" ADD CONSTRAINT "proposal_position_proposal_id_fkey" FOREIGN KEY ("proposal_id") REFERENCES "target_proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal_position" ADD CONSTRAINT "proposal_position_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal_position" ADD CONSTRAINT "proposal_position_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corrective_action" ADD CONSTRAINT "corrective_action_kpi_id_fkey" FOREIGN KEY ("kpi_id") REFERENCES "kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corrective_action" ADD CONSTRAINT "corrective_action_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corrective_action" ADD CONSTRAINT "corrective_action_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corrective_action" ADD CONSTRAINT "corrective_action_closed_by_id_fkey" FOREIGN KEY ("closed_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corrective_action_comment" ADD CONSTRAINT "corrective_action_comment_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "corrective_action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corrective_action_comment" ADD CONSTRAINT "corrective_action_comment_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
