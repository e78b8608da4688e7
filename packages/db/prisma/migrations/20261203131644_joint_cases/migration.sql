-- CreateEnum
CREATE TYPE "JointCaseStatus" AS ENUM ('open', 'closed');

-- CreateEnum
CREATE TYPE "JointCaseRole" AS ENUM ('lead', 'co');

-- CreateEnum
CREATE TYPE "CaseHandOverKind" AS ENUM ('transfer', 'refer', 'delegate');

-- CreateEnum
CREATE TYPE "AuthorityKind" AS ENUM ('police', 'procuratorate', 'court', 'department', 'other');

-- CreateTable
CREATE TABLE "joint_case" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "serial" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "category" TEXT,
    "supervising_unit_id" TEXT NOT NULL,
    "lead_unit_id" TEXT NOT NULL,
    "source_task_id" TEXT,
    "status" "JointCaseStatus" NOT NULL DEFAULT 'open',
    "opened_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closed_at" TIMESTAMPTZ(3),
    "created_by_name" TEXT,

    CONSTRAINT "joint_case_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "joint_case_share" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "case_id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "role" "JointCaseRole" NOT NULL,
    "duty" TEXT NOT NULL,
    "task_id" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "joint_case_share_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "joint_case_step" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "share_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "deadline" TIMESTAMPTZ(3),
    "done_at" TIMESTAMPTZ(3),
    "done_by_name" TEXT,
    "note" TEXT,

    CONSTRAINT "joint_case_step_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "case_hand_over" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "case_id" TEXT NOT NULL,
    "share_id" TEXT NOT NULL,
    "kind" "CaseHandOverKind" NOT NULL,
    "authority_kind" "AuthorityKind" NOT NULL,
    "authority_name" TEXT NOT NULL,
    "to_unit_id" TEXT,
    "document_no" TEXT,
    "reason" TEXT NOT NULL,
    "received_by" TEXT,
    "handed_over_at" TIMESTAMPTZ(3) NOT NULL,
    "actor_name" TEXT,

    CONSTRAINT "case_hand_over_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateIndex
CREATE INDEX "joint_case_id_idx" ON "joint_case"("id");

-- CreateIndex
CREATE INDEX "joint_case_county_id_status_opened_at_idx" ON "joint_case"("county_id", "status", "opened_at");

-- CreateIndex
CREATE UNIQUE INDEX "joint_case_county_id_serial_key" ON "joint_case"("county_id", "serial");

-- CreateIndex
CREATE INDEX "joint_case_share_id_idx" ON "joint_case_share"("id");

-- CreateIndex
CREATE UNIQUE INDEX "joint_case_share_county_id_task_id_key" ON "joint_case_share"("county_id", "task_id");

-- CreateIndex
CREATE UNIQUE INDEX "joint_case_share_county_id_case_id_org_unit_id_key" ON "joint_case_share"("county_id", "case_id", "org_unit_id");

-- CreateIndex
CREATE INDEX "joint_case_step_id_idx" ON "joint_case_step"("id");

-- CreateIndex
CREATE INDEX "joint_case_step_county_id_share_id_sort_order_idx" ON "joint_case_step"("county_id", "share_id", "sort_order");

-- CreateIndex
CREATE INDEX "case_hand_over_id_idx" ON "case_hand_over"("id");

-- CreateIndex
CREATE INDEX "case_hand_over_county_id_case_id_handed_over_at_idx" ON "case_hand_over"("county_id", "case_id", "handed_over_at");

-- AddForeignKey
ALTER TABLE "joint_case" ADD CONSTRAINT "joint_case_county_id_supervising_unit_id_fkey" FOREIGN KEY ("county_id", "supervising_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "joint_case" ADD CONSTRAINT "joint_case_county_id_lead_unit_id_fkey" FOREIGN KEY ("county_id", "lead_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "joint_case" ADD CONSTRAINT "joint_case_county_id_source_task_id_fkey" FOREIGN KEY ("county_id", "source_task_id") REFERENCES "task"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "joint_case_share" ADD CONSTRAINT "joint_case_share_county_id_case_id_fkey" FOREIGN KEY ("county_id", "case_id") REFERENCES "joint_case"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "joint_case_share" ADD CONSTRAINT "joint_case_share_county_id_org_unit_id_fkey" FOREIGN KEY ("county_id", "org_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "joint_case_share" ADD CONSTRAINT "joint_case_share_county_id_task_id_fkey" FOREIGN KEY ("county_id", "task_id") REFERENCES "task"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "joint_case_step" ADD CONSTRAINT "joint_case_step_county_id_share_id_fkey" FOREIGN KEY ("county_id", "share_id") REFERENCES "joint_case_share"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "case_hand_over" ADD CONSTRAINT "case_hand_over_county_id_case_id_fkey" FOREIGN KEY ("county_id", "case_id") REFERENCES "joint_case"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "case_hand_over" ADD CONSTRAINT "case_hand_over_county_id_share_id_fkey" FOREIGN KEY ("county_id", "share_id") REFERENCES "joint_case_share"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "case_hand_over" ADD CONSTRAINT "case_hand_over_county_id_to_unit_id_fkey" FOREIGN KEY ("county_id", "to_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;
