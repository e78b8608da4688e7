-- CreateEnum
CREATE TYPE "LetterKind" AS ENUM ('responsibility', 'target');

-- CreateEnum
CREATE TYPE "LetterSide" AS ENUM ('issuer', 'signer');

-- CreateEnum
CREATE TYPE "AccountabilityForm" AS ENUM ('admonition', 'criticism', 'written_review', 'reassignment', 'discipline', 'dismissal', 'other');

-- CreateTable
CREATE TABLE "responsibility_letter" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "LetterKind" NOT NULL,
    "category" TEXT,
    "document_no" TEXT,
    "issuing_unit_id" TEXT NOT NULL,
    "responsible_unit_id" TEXT NOT NULL,
    "responsible_party" TEXT,
    "period_start" TIMESTAMPTZ(3) NOT NULL,
    "period_end" TIMESTAMPTZ(3) NOT NULL,
    "signed_at" TIMESTAMPTZ(3),
    "key_work_id" TEXT,
    "created_by_name" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "responsibility_letter_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "letter_signatory" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "letter_id" TEXT NOT NULL,
    "side" "LetterSide" NOT NULL,
    "name" TEXT NOT NULL,
    "position" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "letter_signatory_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "letter_target" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "letter_id" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "target_value" DECIMAL(14,2) NOT NULL,
    "direction" "TargetDirection" NOT NULL DEFAULT 'higher',
    "actual_value" DECIMAL(14,2),
    "reported_at" TIMESTAMPTZ(3),
    "reported_by_name" TEXT,
    "note" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "letter_target_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "accountability_record" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "deciding_unit_id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "person_id" TEXT,
    "person_name" TEXT NOT NULL,
    "position" TEXT,
    "form" "AccountabilityForm" NOT NULL,
    "reason" TEXT NOT NULL,
    "decided_at" TIMESTAMPTZ(3) NOT NULL,
    "document_no" TEXT,
    "task_id" TEXT,
    "joint_case_id" TEXT,
    "letter_id" TEXT,
    "created_by_name" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "accountability_record_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "post_check_evidence" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "post_check_id" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploaded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "post_check_evidence_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateIndex
CREATE INDEX "responsibility_letter_id_idx" ON "responsibility_letter"("id");

-- CreateIndex
CREATE INDEX "responsibility_letter_county_id_issuing_unit_id_period_end_idx" ON "responsibility_letter"("county_id", "issuing_unit_id", "period_end");

-- CreateIndex
CREATE INDEX "responsibility_letter_county_id_responsible_unit_id_idx" ON "responsibility_letter"("county_id", "responsible_unit_id");

-- CreateIndex
CREATE INDEX "letter_signatory_id_idx" ON "letter_signatory"("id");

-- CreateIndex
CREATE INDEX "letter_signatory_county_id_letter_id_idx" ON "letter_signatory"("county_id", "letter_id");

-- CreateIndex
CREATE INDEX "letter_target_id_idx" ON "letter_target"("id");

-- CreateIndex
CREATE INDEX "letter_target_county_id_letter_id_idx" ON "letter_target"("county_id", "letter_id");

-- CreateIndex
CREATE INDEX "accountability_record_id_idx" ON "accountability_record"("id");

-- CreateIndex
CREATE INDEX "accountability_record_county_id_org_unit_id_decided_at_idx" ON "accountability_record"("county_id", "org_unit_id", "decided_at");

-- CreateIndex
CREATE INDEX "accountability_record_county_id_deciding_unit_id_decided_at_idx" ON "accountability_record"("county_id", "deciding_unit_id", "decided_at");

-- CreateIndex
CREATE INDEX "post_check_evidence_id_idx" ON "post_check_evidence"("id");

-- CreateIndex
CREATE INDEX "post_check_evidence_county_id_post_check_id_idx" ON "post_check_evidence"("county_id", "post_check_id");

-- AddForeignKey
ALTER TABLE "responsibility_letter" ADD CONSTRAINT "responsibility_letter_county_id_issuing_unit_id_fkey" FOREIGN KEY ("county_id", "issuing_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "responsibility_letter" ADD CONSTRAINT "responsibility_letter_county_id_responsible_unit_id_fkey" FOREIGN KEY ("county_id", "responsible_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "responsibility_letter" ADD CONSTRAINT "responsibility_letter_county_id_key_work_id_fkey" FOREIGN KEY ("county_id", "key_work_id") REFERENCES "key_work"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "letter_signatory" ADD CONSTRAINT "letter_signatory_county_id_letter_id_fkey" FOREIGN KEY ("county_id", "letter_id") REFERENCES "responsibility_letter"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "letter_target" ADD CONSTRAINT "letter_target_county_id_letter_id_fkey" FOREIGN KEY ("county_id", "letter_id") REFERENCES "responsibility_letter"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "accountability_record" ADD CONSTRAINT "accountability_record_county_id_deciding_unit_id_fkey" FOREIGN KEY ("county_id", "deciding_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "accountability_record" ADD CONSTRAINT "accountability_record_county_id_org_unit_id_fkey" FOREIGN KEY ("county_id", "org_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "accountability_record" ADD CONSTRAINT "accountability_record_county_id_person_id_fkey" FOREIGN KEY ("county_id", "person_id") REFERENCES "person"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "accountability_record" ADD CONSTRAINT "accountability_record_county_id_task_id_fkey" FOREIGN KEY ("county_id", "task_id") REFERENCES "task"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "accountability_record" ADD CONSTRAINT "accountability_record_county_id_joint_case_id_fkey" FOREIGN KEY ("county_id", "joint_case_id") REFERENCES "joint_case"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "accountability_record" ADD CONSTRAINT "accountability_record_county_id_letter_id_fkey" FOREIGN KEY ("county_id", "letter_id") REFERENCES "responsibility_letter"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "post_check_evidence" ADD CONSTRAINT "post_check_evidence_county_id_post_check_id_fkey" FOREIGN KEY ("county_id", "post_check_id") REFERENCES "post_check"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;
