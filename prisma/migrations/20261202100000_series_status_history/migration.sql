-- CreateTable
CREATE TABLE "series_status_history" (
    "series_id" INTEGER NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_until" DATE,
    "state_start" BOOLEAN NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "assessment" JSONB NOT NULL,
    "latest" JSONB,
    "sparkline" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "series_status_history_pkey" PRIMARY KEY ("series_id","valid_from")
);

-- AddForeignKey
ALTER TABLE "series_status_history" ADD CONSTRAINT "series_status_history_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- As-of answers are cached under the data version: writes to the history move it like every
-- other table's (it is written with series_status, which moves it too).
CREATE TRIGGER "series_status_history_marks_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON "series_status_history" FOR EACH STATEMENT EXECUTE FUNCTION "mark_data_changed"();

-- Existing databases: the history is filled at start for every series without one
-- (refreshMissingStoredVerdicts), before the server listens.
