-- Agenda plans (issue 19): a short display title per plan, an evidence link on a commitment's
-- status update, and reservations and comments on commitments as well as on KPIs.

-- AlterTable
ALTER TABLE "commitment_status_update" ADD COLUMN     "evidence_url" TEXT;

-- AlterTable
ALTER TABLE "plan" ADD COLUMN     "short_title_en" TEXT,
ADD COLUMN     "short_title_nl" TEXT;

-- AlterTable
ALTER TABLE "review_note" ADD COLUMN     "commitment_id" INTEGER,
ALTER COLUMN "kpi_id" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "review_note_commitment_id_state_idx" ON "review_note"("commitment_id", "state");

-- AddForeignKey
ALTER TABLE "review_note" ADD CONSTRAINT "review_note_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A note is about exactly one thing: a KPI or a commitment.
ALTER TABLE "review_note"
  ADD CONSTRAINT "review_note_one_subject" CHECK (("kpi_id" IS NULL) <> ("commitment_id" IS NULL));

-- Evidence links are web addresses; other schemes (javascript:, data:) never reach a page.
ALTER TABLE "commitment_status_update"
  ADD CONSTRAINT "commitment_status_update_evidence_url_http" CHECK ("evidence_url" IS NULL OR "evidence_url" ~ '^https?://');

-- Short titles of the loaded plans: the title without its parenthesised subtitle, as in the
-- seed (prisma/seed/plans.json); plans whose title is already short keep none.
UPDATE "plan" SET "short_title_nl" = 'Digitale beleidsagenda voor Vlaanderen', "short_title_en" = 'Digital policy agenda for Flanders'
  WHERE "code" = 'DIGI' AND "title_nl" LIKE 'Digitale beleidsagenda voor Vlaanderen (%';
UPDATE "plan" SET "short_title_nl" = 'Aandachtspunten Industrie 4.0', "short_title_en" = 'Points of attention for Industry 4.0'
  WHERE "code" = 'I40' AND "title_nl" LIKE 'Aandachtspunten Industrie 4.0 (%';
