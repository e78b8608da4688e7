-- AlterTable
ALTER TABLE "inspection_finding" ADD COLUMN     "subject_entity" TEXT,
ADD COLUMN     "subject_id" TEXT;

-- AlterTable
ALTER TABLE "inspection_record" ADD COLUMN     "subject_entity" TEXT,
ADD COLUMN     "subject_id" TEXT;

-- AlterTable
ALTER TABLE "inspection_visit" ADD COLUMN     "subject_entity" TEXT,
ADD COLUMN     "subject_id" TEXT,
ADD COLUMN     "subject_label" TEXT;

-- CreateIndex
CREATE INDEX "inspection_finding_county_id_subject_entity_subject_id_idx" ON "inspection_finding"("county_id", "subject_entity", "subject_id");

-- CreateIndex
CREATE INDEX "inspection_record_county_id_subject_entity_subject_id_idx" ON "inspection_record"("county_id", "subject_entity", "subject_id");

-- CreateIndex
CREATE INDEX "inspection_visit_county_id_subject_entity_subject_id_idx" ON "inspection_visit"("county_id", "subject_entity", "subject_id");
