-- CreateEnum
CREATE TYPE "FoodSafetyLevel" AS ENUM ('I', 'II', 'III', 'IV');

-- DropForeignKey
ALTER TABLE "food_safety_record" DROP CONSTRAINT "food_safety_record_county_id_org_unit_id_fkey";

-- DropTable
DROP TABLE "food_safety_record";

-- CreateTable
CREATE TABLE "food_safety_incident" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "discovered_at" TIMESTAMPTZ(3) NOT NULL,
    "place" TEXT NOT NULL,
    "units_involved" TEXT NOT NULL,
    "description" TEXT,
    "harmed" INTEGER NOT NULL,
    "deaths" INTEGER NOT NULL,
    "counties_affected" INTEGER NOT NULL,
    "prefectures_affected" INTEGER NOT NULL,
    "provinces_affected" INTEGER NOT NULL,
    "spreading" BOOLEAN NOT NULL,
    "cross_border" BOOLEAN NOT NULL,
    "severe_social_impact" BOOLEAN NOT NULL,
    "beyond_provincial_capacity" BOOLEAN NOT NULL,
    "handled_by" TEXT NOT NULL,
    "suggested_level" "FoodSafetyLevel" NOT NULL,
    "confirmed_level" "FoodSafetyLevel",
    "confirm_reason" TEXT,
    "confirmed_at" TIMESTAMPTZ(3),
    "confirmed_by_name" TEXT,
    "falsified" BOOLEAN NOT NULL DEFAULT false,
    "mishandled" BOOLEAN NOT NULL DEFAULT false,
    "recorded_by_name" TEXT,
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "food_safety_incident_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "food_safety_incident_report" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "incident_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "reported_at" TIMESTAMPTZ(3) NOT NULL,
    "reported_to" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "recorded_by_name" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "food_safety_incident_report_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "food_safety_sampling_plan" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "planned_count" INTEGER NOT NULL,
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "food_safety_sampling_plan_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "food_safety_sampling_result" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "plan_id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "sample_name" TEXT NOT NULL,
    "vendor" TEXT NOT NULL,
    "sampled_at" TIMESTAMPTZ(3) NOT NULL,
    "qualified" BOOLEAN NOT NULL,
    "failed_items" TEXT,
    "task_id" TEXT,
    "recorded_by_name" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "food_safety_sampling_result_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "food_safety_survey" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "surveyed_on" TIMESTAMPTZ(3) NOT NULL,
    "satisfied" INTEGER NOT NULL,
    "basically_satisfied" INTEGER NOT NULL,
    "dissatisfied" INTEGER NOT NULL,
    "note" TEXT,
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "food_safety_survey_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "food_safety_case_transfer" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "case_no" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "suspected_at" TIMESTAMPTZ(3) NOT NULL,
    "deadline" TIMESTAMPTZ(3) NOT NULL,
    "status" TEXT NOT NULL,
    "transferred_at" TIMESTAMPTZ(3),
    "receiving_organ" TEXT,
    "decline_reason" TEXT,
    "note" TEXT,
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "food_safety_case_transfer_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateIndex
CREATE INDEX "food_safety_incident_id_idx" ON "food_safety_incident"("id");

-- CreateIndex
CREATE INDEX "food_safety_incident_county_id_org_unit_id_idx" ON "food_safety_incident"("county_id", "org_unit_id");

-- CreateIndex
CREATE INDEX "food_safety_incident_county_id_occurred_at_idx" ON "food_safety_incident"("county_id", "occurred_at");

-- CreateIndex
CREATE INDEX "food_safety_incident_report_id_idx" ON "food_safety_incident_report"("id");

-- CreateIndex
CREATE INDEX "food_safety_incident_report_county_id_incident_id_idx" ON "food_safety_incident_report"("county_id", "incident_id");

-- CreateIndex
CREATE INDEX "food_safety_sampling_plan_id_idx" ON "food_safety_sampling_plan"("id");

-- CreateIndex
CREATE INDEX "food_safety_sampling_plan_county_id_org_unit_id_idx" ON "food_safety_sampling_plan"("county_id", "org_unit_id");

-- CreateIndex
CREATE INDEX "food_safety_sampling_result_id_idx" ON "food_safety_sampling_result"("id");

-- CreateIndex
CREATE INDEX "food_safety_sampling_result_county_id_org_unit_id_sampled_a_idx" ON "food_safety_sampling_result"("county_id", "org_unit_id", "sampled_at");

-- CreateIndex
CREATE INDEX "food_safety_sampling_result_county_id_plan_id_idx" ON "food_safety_sampling_result"("county_id", "plan_id");

-- CreateIndex
CREATE INDEX "food_safety_survey_id_idx" ON "food_safety_survey"("id");

-- CreateIndex
CREATE INDEX "food_safety_survey_county_id_org_unit_id_surveyed_on_idx" ON "food_safety_survey"("county_id", "org_unit_id", "surveyed_on");

-- CreateIndex
CREATE INDEX "food_safety_case_transfer_id_idx" ON "food_safety_case_transfer"("id");

-- CreateIndex
CREATE INDEX "food_safety_case_transfer_county_id_org_unit_id_idx" ON "food_safety_case_transfer"("county_id", "org_unit_id");

-- CreateIndex
CREATE INDEX "food_safety_case_transfer_county_id_deadline_idx" ON "food_safety_case_transfer"("county_id", "deadline");

-- AddForeignKey
ALTER TABLE "food_safety_incident" ADD CONSTRAINT "food_safety_incident_county_id_org_unit_id_fkey" FOREIGN KEY ("county_id", "org_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "food_safety_incident_report" ADD CONSTRAINT "food_safety_incident_report_county_id_incident_id_fkey" FOREIGN KEY ("county_id", "incident_id") REFERENCES "food_safety_incident"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "food_safety_sampling_plan" ADD CONSTRAINT "food_safety_sampling_plan_county_id_org_unit_id_fkey" FOREIGN KEY ("county_id", "org_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "food_safety_sampling_result" ADD CONSTRAINT "food_safety_sampling_result_county_id_plan_id_fkey" FOREIGN KEY ("county_id", "plan_id") REFERENCES "food_safety_sampling_plan"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "food_safety_sampling_result" ADD CONSTRAINT "food_safety_sampling_result_county_id_org_unit_id_fkey" FOREIGN KEY ("county_id", "org_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "food_safety_sampling_result" ADD CONSTRAINT "food_safety_sampling_result_county_id_task_id_fkey" FOREIGN KEY ("county_id", "task_id") REFERENCES "task"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "food_safety_survey" ADD CONSTRAINT "food_safety_survey_county_id_org_unit_id_fkey" FOREIGN KEY ("county_id", "org_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "food_safety_case_transfer" ADD CONSTRAINT "food_safety_case_transfer_county_id_org_unit_id_fkey" FOREIGN KEY ("county_id", "org_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;
