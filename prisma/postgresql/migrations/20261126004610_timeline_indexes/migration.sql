-- DropIndex
DROP INDEX "Statement_status_date_idx";

-- CreateIndex
CREATE INDEX "Statement_status_date_slug_idx" ON "Statement"("status", "date", "slug");

-- CreateIndex
CREATE INDEX "Statement_status_toneLevel_date_idx" ON "Statement"("status", "toneLevel", "date");

-- CreateIndex
CREATE INDEX "Statement_status_speaker_idx" ON "Statement"("status", "speaker");

-- CreateIndex
CREATE INDEX "Statement_status_body_idx" ON "Statement"("status", "body");

-- CreateIndex
CREATE INDEX "Statement_status_language_idx" ON "Statement"("status", "language");

-- CreateIndex
CREATE INDEX "Statement_documentType_idx" ON "Statement"("documentType");
