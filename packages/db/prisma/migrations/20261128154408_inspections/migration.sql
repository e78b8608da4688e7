-- CreateEnum
CREATE TYPE "InspectionGroupRole" AS ENUM ('leader', 'member');

-- CreateEnum
CREATE TYPE "InspectionVisitStatus" AS ENUM ('planned', 'in_progress', 'completed', 'cancelled');

-- CreateEnum
CREATE TYPE "InspectionVisitKind" AS ENUM ('regular', 'return_visit');

-- CreateEnum
CREATE TYPE "InspectionRotationStatus" AS ENUM ('draft', 'published');

-- CreateTable
CREATE TABLE "inspection_group" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "planning_unit_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "note" TEXT,
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "inspection_group_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "inspection_group_member" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "group_id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "role" "InspectionGroupRole" NOT NULL DEFAULT 'member',

    CONSTRAINT "inspection_group_member_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "inspection_rotation_plan" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "planning_unit_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "InspectionRotationStatus" NOT NULL DEFAULT 'draft',
    "group_ids" TEXT[],
    "district_ids" TEXT[],
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "inspection_rotation_plan_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "inspection_rotation_stage" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "plan_id" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,

    CONSTRAINT "inspection_rotation_stage_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "inspection_rotation_assignment" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "plan_id" TEXT NOT NULL,
    "stage" INTEGER NOT NULL,
    "group_id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,

    CONSTRAINT "inspection_rotation_assignment_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "inspection_template" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "plugin_id" TEXT,
    "name" TEXT NOT NULL,
    "owner_unit_id" TEXT NOT NULL,
    "current_version" INTEGER NOT NULL DEFAULT 1,
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "inspection_template_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "inspection_template_version" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "template_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "definition" JSONB NOT NULL,
    "digest" TEXT NOT NULL,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inspection_template_version_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "inspection_visit" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "kind" "InspectionVisitKind" NOT NULL DEFAULT 'regular',
    "planning_unit_id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "group_id" TEXT NOT NULL,
    "rotation_plan_id" TEXT,
    "rotation_stage" INTEGER,
    "title" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "window_end" TIMESTAMPTZ(3) NOT NULL,
    "unannounced" BOOLEAN NOT NULL DEFAULT true,
    "status" "InspectionVisitStatus" NOT NULL DEFAULT 'planned',
    "started_at" TIMESTAMPTZ(3),
    "completed_at" TIMESTAMPTZ(3),
    "verifies_task_id" TEXT,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "inspection_visit_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "inspection_visit_template" (
    "county_id" TEXT NOT NULL,
    "visit_id" TEXT NOT NULL,
    "template_id" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "inspection_visit_template_pkey" PRIMARY KEY ("county_id","visit_id","template_id")
);

-- CreateTable
CREATE TABLE "inspection_record" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "visit_id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "template_version_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "previous_id" TEXT,
    "submitted_by_user_id" TEXT NOT NULL,
    "submitted_by_name" TEXT NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "evaluation" JSONB NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "score" DECIMAL(10,2) NOT NULL,
    "max_score" DECIMAL(10,2) NOT NULL,
    "latitude" DECIMAL(10,7),
    "longitude" DECIMAL(10,7),
    "accuracy_meters" DECIMAL(10,2),
    "captured_at" TIMESTAMPTZ(3) NOT NULL,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "correction_note" TEXT,

    CONSTRAINT "inspection_record_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "inspection_record_file" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "record_id" TEXT NOT NULL,
    "item_key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "exif_taken_at" TIMESTAMPTZ(3),
    "exif_latitude" DECIMAL(10,7),
    "exif_longitude" DECIMAL(10,7),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inspection_record_file_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "inspection_finding" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "visit_id" TEXT NOT NULL,
    "record_id" TEXT,
    "item_key" TEXT,
    "org_unit_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "task_id" TEXT NOT NULL,
    "return_visit_id" TEXT,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inspection_finding_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateIndex
CREATE INDEX "inspection_group_id_idx" ON "inspection_group"("id");

-- CreateIndex
CREATE UNIQUE INDEX "inspection_group_county_id_year_name_key" ON "inspection_group"("county_id", "year", "name");

-- CreateIndex
CREATE INDEX "inspection_group_member_id_idx" ON "inspection_group_member"("id");

-- CreateIndex
CREATE INDEX "inspection_group_member_county_id_person_id_idx" ON "inspection_group_member"("county_id", "person_id");

-- CreateIndex
CREATE UNIQUE INDEX "inspection_group_member_county_id_group_id_person_id_key" ON "inspection_group_member"("county_id", "group_id", "person_id");

-- CreateIndex
CREATE INDEX "inspection_rotation_plan_id_idx" ON "inspection_rotation_plan"("id");

-- CreateIndex
CREATE UNIQUE INDEX "inspection_rotation_plan_county_id_year_name_key" ON "inspection_rotation_plan"("county_id", "year", "name");

-- CreateIndex
CREATE INDEX "inspection_rotation_stage_id_idx" ON "inspection_rotation_stage"("id");

-- CreateIndex
CREATE UNIQUE INDEX "inspection_rotation_stage_county_id_plan_id_index_key" ON "inspection_rotation_stage"("county_id", "plan_id", "index");

-- CreateIndex
CREATE INDEX "inspection_rotation_assignment_id_idx" ON "inspection_rotation_assignment"("id");

-- CreateIndex
CREATE UNIQUE INDEX "inspection_rotation_assignment_county_id_plan_id_stage_grou_key" ON "inspection_rotation_assignment"("county_id", "plan_id", "stage", "group_id");

-- CreateIndex
CREATE INDEX "inspection_template_id_idx" ON "inspection_template"("id");

-- CreateIndex
CREATE UNIQUE INDEX "inspection_template_county_id_key_key" ON "inspection_template"("county_id", "key");

-- CreateIndex
CREATE INDEX "inspection_template_version_id_idx" ON "inspection_template_version"("id");

-- CreateIndex
CREATE UNIQUE INDEX "inspection_template_version_county_id_template_id_version_key" ON "inspection_template_version"("county_id", "template_id", "version");

-- CreateIndex
CREATE INDEX "inspection_visit_id_idx" ON "inspection_visit"("id");

-- CreateIndex
CREATE INDEX "inspection_visit_county_id_org_unit_id_idx" ON "inspection_visit"("county_id", "org_unit_id");

-- CreateIndex
CREATE INDEX "inspection_visit_county_id_group_id_idx" ON "inspection_visit"("county_id", "group_id");

-- CreateIndex
CREATE INDEX "inspection_visit_county_id_window_start_idx" ON "inspection_visit"("county_id", "window_start");

-- CreateIndex
CREATE INDEX "inspection_visit_template_county_id_template_id_idx" ON "inspection_visit_template"("county_id", "template_id");

-- CreateIndex
CREATE INDEX "inspection_record_id_idx" ON "inspection_record"("id");

-- CreateIndex
CREATE INDEX "inspection_record_county_id_visit_id_idx" ON "inspection_record"("county_id", "visit_id");

-- CreateIndex
CREATE UNIQUE INDEX "inspection_record_county_id_previous_id_key" ON "inspection_record"("county_id", "previous_id");

-- CreateIndex
CREATE UNIQUE INDEX "inspection_record_county_id_submitted_by_user_id_idempotenc_key" ON "inspection_record"("county_id", "submitted_by_user_id", "idempotency_key");

-- CreateIndex
CREATE INDEX "inspection_record_file_id_idx" ON "inspection_record_file"("id");

-- CreateIndex
CREATE INDEX "inspection_record_file_county_id_record_id_idx" ON "inspection_record_file"("county_id", "record_id");

-- CreateIndex
CREATE INDEX "inspection_finding_id_idx" ON "inspection_finding"("id");

-- CreateIndex
CREATE INDEX "inspection_finding_county_id_visit_id_idx" ON "inspection_finding"("county_id", "visit_id");

-- CreateIndex
CREATE UNIQUE INDEX "inspection_finding_county_id_record_id_item_key_key" ON "inspection_finding"("county_id", "record_id", "item_key");

-- CreateIndex
CREATE UNIQUE INDEX "inspection_finding_county_id_task_id_key" ON "inspection_finding"("county_id", "task_id");

-- AddForeignKey
ALTER TABLE "inspection_group" ADD CONSTRAINT "inspection_group_county_id_planning_unit_id_fkey" FOREIGN KEY ("county_id", "planning_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "inspection_group_member" ADD CONSTRAINT "inspection_group_member_county_id_group_id_fkey" FOREIGN KEY ("county_id", "group_id") REFERENCES "inspection_group"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "inspection_group_member" ADD CONSTRAINT "inspection_group_member_county_id_person_id_fkey" FOREIGN KEY ("county_id", "person_id") REFERENCES "person"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "inspection_rotation_plan" ADD CONSTRAINT "inspection_rotation_plan_county_id_planning_unit_id_fkey" FOREIGN KEY ("county_id", "planning_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "inspection_rotation_stage" ADD CONSTRAINT "inspection_rotation_stage_county_id_plan_id_fkey" FOREIGN KEY ("county_id", "plan_id") REFERENCES "inspection_rotation_plan"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "inspection_rotation_assignment" ADD CONSTRAINT "inspection_rotation_assignment_county_id_plan_id_fkey" FOREIGN KEY ("county_id", "plan_id") REFERENCES "inspection_rotation_plan"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "inspection_rotation_assignment" ADD CONSTRAINT "inspection_rotation_assignment_county_id_group_id_fkey" FOREIGN KEY ("county_id", "group_id") REFERENCES "inspection_group"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "inspection_rotation_assignment" ADD CONSTRAINT "inspection_rotation_assignment_county_id_district_id_fkey" FOREIGN KEY ("county_id", "district_id") REFERENCES "district"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "inspection_template" ADD CONSTRAINT "inspection_template_county_id_owner_unit_id_fkey" FOREIGN KEY ("county_id", "owner_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "inspection_template_version" ADD CONSTRAINT "inspection_template_version_county_id_template_id_fkey" FOREIGN KEY ("county_id", "template_id") REFERENCES "inspection_template"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "inspection_visit" ADD CONSTRAINT "inspection_visit_county_id_planning_unit_id_fkey" FOREIGN KEY ("county_id", "planning_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "inspection_visit" ADD CONSTRAINT "inspection_visit_county_id_org_unit_id_fkey" FOREIGN KEY ("county_id", "org_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "inspection_visit" ADD CONSTRAINT "inspection_visit_county_id_group_id_fkey" FOREIGN KEY ("county_id", "group_id") REFERENCES "inspection_group"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "inspection_visit" ADD CONSTRAINT "inspection_visit_county_id_rotation_plan_id_fkey" FOREIGN KEY ("county_id", "rotation_plan_id") REFERENCES "inspection_rotation_plan"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "inspection_visit" ADD CONSTRAINT "inspection_visit_county_id_verifies_task_id_fkey" FOREIGN KEY ("county_id", "verifies_task_id") REFERENCES "task"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "inspection_visit_template" ADD CONSTRAINT "inspection_visit_template_county_id_visit_id_fkey" FOREIGN KEY ("county_id", "visit_id") REFERENCES "inspection_visit"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "inspection_visit_template" ADD CONSTRAINT "inspection_visit_template_county_id_template_id_fkey" FOREIGN KEY ("county_id", "template_id") REFERENCES "inspection_template"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "inspection_record" ADD CONSTRAINT "inspection_record_county_id_visit_id_fkey" FOREIGN KEY ("county_id", "visit_id") REFERENCES "inspection_visit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "inspection_record" ADD CONSTRAINT "inspection_record_county_id_org_unit_id_fkey" FOREIGN KEY ("county_id", "org_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "inspection_record" ADD CONSTRAINT "inspection_record_county_id_template_version_id_fkey" FOREIGN KEY ("county_id", "template_version_id") REFERENCES "inspection_template_version"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "inspection_record" ADD CONSTRAINT "inspection_record_county_id_previous_id_fkey" FOREIGN KEY ("county_id", "previous_id") REFERENCES "inspection_record"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "inspection_record_file" ADD CONSTRAINT "inspection_record_file_county_id_record_id_fkey" FOREIGN KEY ("county_id", "record_id") REFERENCES "inspection_record"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "inspection_finding" ADD CONSTRAINT "inspection_finding_county_id_visit_id_fkey" FOREIGN KEY ("county_id", "visit_id") REFERENCES "inspection_visit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "inspection_finding" ADD CONSTRAINT "inspection_finding_county_id_record_id_fkey" FOREIGN KEY ("county_id", "record_id") REFERENCES "inspection_record"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "inspection_finding" ADD CONSTRAINT "inspection_finding_county_id_org_unit_id_fkey" FOREIGN KEY ("county_id", "org_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "inspection_finding" ADD CONSTRAINT "inspection_finding_county_id_task_id_fkey" FOREIGN KEY ("county_id", "task_id") REFERENCES "task"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "inspection_finding" ADD CONSTRAINT "inspection_finding_county_id_return_visit_id_fkey" FOREIGN KEY ("county_id", "return_visit_id") REFERENCES "inspection_visit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- Hand-written: a submitted record, its files and a published template version are immutable (a
-- correction is a new record linked by previous_id; an edit is a new template version). The
-- database itself refuses updates and deletes, whatever path a change would come through.
CREATE FUNCTION inspection_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is immutable (% refused)', TG_TABLE_NAME, TG_OP;
END;
$$;

CREATE TRIGGER inspection_record_immutable
  BEFORE UPDATE OR DELETE ON inspection_record
  FOR EACH ROW EXECUTE FUNCTION inspection_refuse_change();

CREATE TRIGGER inspection_record_file_immutable
  BEFORE UPDATE OR DELETE ON inspection_record_file
  FOR EACH ROW EXECUTE FUNCTION inspection_refuse_change();

CREATE TRIGGER inspection_template_version_immutable
  BEFORE UPDATE OR DELETE ON inspection_template_version
  FOR EACH ROW EXECUTE FUNCTION inspection_refuse_change();
