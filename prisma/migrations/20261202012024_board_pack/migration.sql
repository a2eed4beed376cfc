-- CreateTable
CREATE TABLE "board_pack" (
    "id" SERIAL NOT NULL,
    "plan_id" INTEGER NOT NULL,
    "as_of" DATE NOT NULL,
    "lang" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "generated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "generated_by_id" TEXT,
    "superseded_at" TIMESTAMPTZ(3),

    CONSTRAINT "board_pack_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "board_pack_plan_id_as_of_lang_idx" ON "board_pack"("plan_id", "as_of", "lang");

-- AddForeignKey
ALTER TABLE "board_pack" ADD CONSTRAINT "board_pack_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "board_pack" ADD CONSTRAINT "board_pack_generated_by_id_fkey" FOREIGN KEY ("generated_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- One current pack per plan, date and language (partial unique index, in schema.prisma too), so
-- two identical requests can never store two packs; superseded packs are kept beside it.
CREATE UNIQUE INDEX "board_pack_one_current" ON "board_pack"("plan_id", "as_of", "lang") WHERE ("superseded_at" IS NULL);
ALTER TABLE "board_pack" ADD CONSTRAINT "board_pack_lang_check" CHECK ("lang" IN ('nl', 'en'));
