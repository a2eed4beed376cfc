-- CreateTable
CREATE TABLE "series_status" (
    "series_id" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "assessment" JSONB NOT NULL,
    "latest" JSONB,
    "sparkline" JSONB NOT NULL DEFAULT '[]',
    "computed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "series_status_pkey" PRIMARY KEY ("series_id")
);

-- AddForeignKey
ALTER TABLE "series_status" ADD CONSTRAINT "series_status_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "series"("id") ON DELETE CASCADE ON UPDATE CASCADE;
