-- CreateEnum
CREATE TYPE "AssessmentPlanStatus" AS ENUM ('draft', 'self_check', 'scoring', 'review', 'approved', 'published');

-- CreateEnum
CREATE TYPE "AssessmentVersionStatus" AS ENUM ('draft', 'active', 'superseded', 'published');

-- CreateEnum
CREATE TYPE "AssessmentEntryKind" AS ENUM ('deduction', 'bonus');

-- CreateEnum
CREATE TYPE "AssessmentVetoSource" AS ENUM ('manual', 'auto');

-- CreateTable
CREATE TABLE "assessment_plan" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "period_start" TIMESTAMPTZ(3) NOT NULL,
    "period_end" TIMESTAMPTZ(3) NOT NULL,
    "owner_unit_id" TEXT NOT NULL,
    "status" "AssessmentPlanStatus" NOT NULL DEFAULT 'draft',
    "previous_plan_id" TEXT,
    "template_key" TEXT,
    "unit_selection" JSONB NOT NULL,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "assessment_plan_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "assessment_version" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "plan_id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "AssessmentVersionStatus" NOT NULL DEFAULT 'draft',
    "config" JSONB NOT NULL,
    "reason" TEXT,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "computed_at" TIMESTAMPTZ(3),
    "approved_at" TIMESTAMPTZ(3),
    "approved_by_id" TEXT,
    "published_at" TIMESTAMPTZ(3),
    "published_by_id" TEXT,

    CONSTRAINT "assessment_version_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "assessment_unit" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "plan_id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "peer_group" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "self_check_submitted_at" TIMESTAMPTZ(3),

    CONSTRAINT "assessment_unit_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "assessment_assessor" (
    "county_id" TEXT NOT NULL,
    "plan_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,

    CONSTRAINT "assessment_assessor_pkey" PRIMARY KEY ("county_id","plan_id","user_id")
);

-- CreateTable
CREATE TABLE "assessment_score" (
    "county_id" TEXT NOT NULL,
    "plan_id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "indicator_key" TEXT NOT NULL,
    "assessor_id" TEXT NOT NULL,
    "score" DECIMAL(9,2) NOT NULL,
    "note" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "assessment_score_pkey" PRIMARY KEY ("county_id","plan_id","org_unit_id","indicator_key","assessor_id")
);

-- CreateTable
CREATE TABLE "assessment_entry" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "plan_id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "indicator_key" TEXT NOT NULL,
    "kind" "AssessmentEntryKind" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "points" DECIMAL(9,2) NOT NULL DEFAULT 0,
    "note" TEXT NOT NULL,
    "task_id" TEXT,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assessment_entry_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "assessment_self_check" (
    "county_id" TEXT NOT NULL,
    "plan_id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "indicator_key" TEXT NOT NULL,
    "self_score" DECIMAL(9,2),
    "note" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "assessment_self_check_pkey" PRIMARY KEY ("county_id","plan_id","org_unit_id","indicator_key")
);

-- CreateTable
CREATE TABLE "assessment_evidence" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "plan_id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "indicator_key" TEXT NOT NULL,
    "entry_id" TEXT,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploaded_by_id" TEXT,
    "uploaded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assessment_evidence_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "assessment_metric_value" (
    "county_id" TEXT NOT NULL,
    "plan_id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "metric_key" TEXT NOT NULL,
    "value" DECIMAL(24,6),
    "computed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "assessment_metric_value_pkey" PRIMARY KEY ("county_id","plan_id","org_unit_id","metric_key")
);

-- CreateTable
CREATE TABLE "assessment_veto" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "plan_id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "rule_key" TEXT NOT NULL,
    "source" "AssessmentVetoSource" NOT NULL,
    "reason" TEXT NOT NULL,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assessment_veto_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "assessment_result" (
    "county_id" TEXT NOT NULL,
    "version_id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "peer_group" TEXT NOT NULL,
    "exact_total" DECIMAL(40,24),
    "total" DECIMAL(12,2),
    "components" JSONB NOT NULL,
    "grade" TEXT,
    "vetoed" BOOLEAN NOT NULL DEFAULT false,
    "veto_reasons" TEXT[],
    "rank" INTEGER,
    "group_size" INTEGER NOT NULL,
    "complete" BOOLEAN NOT NULL DEFAULT true,
    "missing_scores" INTEGER NOT NULL DEFAULT 0,
    "prev_total" DECIMAL(12,2),
    "prev_rank" INTEGER,
    "prev_group_size" INTEGER,
    "explanation" JSONB,
    "computed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "assessment_result_pkey" PRIMARY KEY ("county_id","version_id","org_unit_id")
);

-- CreateTable
CREATE TABLE "assessment_problem" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "plan_id" TEXT NOT NULL,
    "version_id" TEXT,
    "org_unit_id" TEXT NOT NULL,
    "indicator_key" TEXT,
    "source" TEXT NOT NULL,
    "source_id" TEXT,
    "description" TEXT NOT NULL,
    "requirement" TEXT,
    "task_id" TEXT,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assessment_problem_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateIndex
CREATE INDEX "assessment_plan_id_idx" ON "assessment_plan"("id");

-- CreateIndex
CREATE INDEX "assessment_plan_county_id_year_idx" ON "assessment_plan"("county_id", "year");

-- CreateIndex
CREATE INDEX "assessment_version_id_idx" ON "assessment_version"("id");

-- CreateIndex
CREATE UNIQUE INDEX "assessment_version_county_id_plan_id_number_key" ON "assessment_version"("county_id", "plan_id", "number");

-- CreateIndex
CREATE INDEX "assessment_unit_id_idx" ON "assessment_unit"("id");

-- CreateIndex
CREATE UNIQUE INDEX "assessment_unit_county_id_plan_id_org_unit_id_key" ON "assessment_unit"("county_id", "plan_id", "org_unit_id");

-- CreateIndex
CREATE INDEX "assessment_entry_id_idx" ON "assessment_entry"("id");

-- CreateIndex
CREATE INDEX "assessment_entry_county_id_plan_id_org_unit_id_idx" ON "assessment_entry"("county_id", "plan_id", "org_unit_id");

-- CreateIndex
CREATE INDEX "assessment_evidence_id_idx" ON "assessment_evidence"("id");

-- CreateIndex
CREATE INDEX "assessment_evidence_county_id_plan_id_org_unit_id_idx" ON "assessment_evidence"("county_id", "plan_id", "org_unit_id");

-- CreateIndex
CREATE INDEX "assessment_veto_id_idx" ON "assessment_veto"("id");

-- CreateIndex
CREATE INDEX "assessment_veto_county_id_plan_id_org_unit_id_idx" ON "assessment_veto"("county_id", "plan_id", "org_unit_id");

-- CreateIndex
CREATE INDEX "assessment_problem_id_idx" ON "assessment_problem"("id");

-- CreateIndex
CREATE INDEX "assessment_problem_county_id_plan_id_org_unit_id_idx" ON "assessment_problem"("county_id", "plan_id", "org_unit_id");

-- AddForeignKey
ALTER TABLE "assessment_plan" ADD CONSTRAINT "assessment_plan_county_id_owner_unit_id_fkey" FOREIGN KEY ("county_id", "owner_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "assessment_plan" ADD CONSTRAINT "assessment_plan_county_id_previous_plan_id_fkey" FOREIGN KEY ("county_id", "previous_plan_id") REFERENCES "assessment_plan"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "assessment_version" ADD CONSTRAINT "assessment_version_county_id_plan_id_fkey" FOREIGN KEY ("county_id", "plan_id") REFERENCES "assessment_plan"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "assessment_unit" ADD CONSTRAINT "assessment_unit_county_id_plan_id_fkey" FOREIGN KEY ("county_id", "plan_id") REFERENCES "assessment_plan"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "assessment_unit" ADD CONSTRAINT "assessment_unit_county_id_org_unit_id_fkey" FOREIGN KEY ("county_id", "org_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "assessment_assessor" ADD CONSTRAINT "assessment_assessor_county_id_plan_id_fkey" FOREIGN KEY ("county_id", "plan_id") REFERENCES "assessment_plan"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "assessment_assessor" ADD CONSTRAINT "assessment_assessor_county_id_user_id_fkey" FOREIGN KEY ("county_id", "user_id") REFERENCES "app_user"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "assessment_score" ADD CONSTRAINT "assessment_score_county_id_plan_id_fkey" FOREIGN KEY ("county_id", "plan_id") REFERENCES "assessment_plan"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "assessment_score" ADD CONSTRAINT "assessment_score_county_id_assessor_id_fkey" FOREIGN KEY ("county_id", "assessor_id") REFERENCES "app_user"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "assessment_entry" ADD CONSTRAINT "assessment_entry_county_id_plan_id_fkey" FOREIGN KEY ("county_id", "plan_id") REFERENCES "assessment_plan"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "assessment_self_check" ADD CONSTRAINT "assessment_self_check_county_id_plan_id_fkey" FOREIGN KEY ("county_id", "plan_id") REFERENCES "assessment_plan"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "assessment_evidence" ADD CONSTRAINT "assessment_evidence_county_id_plan_id_fkey" FOREIGN KEY ("county_id", "plan_id") REFERENCES "assessment_plan"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "assessment_metric_value" ADD CONSTRAINT "assessment_metric_value_county_id_plan_id_fkey" FOREIGN KEY ("county_id", "plan_id") REFERENCES "assessment_plan"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "assessment_veto" ADD CONSTRAINT "assessment_veto_county_id_plan_id_fkey" FOREIGN KEY ("county_id", "plan_id") REFERENCES "assessment_plan"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "assessment_result" ADD CONSTRAINT "assessment_result_county_id_version_id_fkey" FOREIGN KEY ("county_id", "version_id") REFERENCES "assessment_version"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "assessment_result" ADD CONSTRAINT "assessment_result_county_id_org_unit_id_fkey" FOREIGN KEY ("county_id", "org_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "assessment_problem" ADD CONSTRAINT "assessment_problem_county_id_plan_id_fkey" FOREIGN KEY ("county_id", "plan_id") REFERENCES "assessment_plan"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "assessment_problem" ADD CONSTRAINT "assessment_problem_county_id_version_id_fkey" FOREIGN KEY ("county_id", "version_id") REFERENCES "assessment_version"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "assessment_problem" ADD CONSTRAINT "assessment_problem_county_id_task_id_fkey" FOREIGN KEY ("county_id", "task_id") REFERENCES "task"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- Hand-written: published assessment results are immutable (issue 6). A published version and
-- its result rows refuse updates and deletes in the database itself; a correction is a new
-- version with a reason, never an edit.
CREATE FUNCTION assessment_refuse_published_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'assessment_version' THEN
    IF OLD.status = 'published' THEN
      RAISE EXCEPTION 'assessment version % is published and immutable (% refused)', OLD.id, TG_OP;
    END IF;
  ELSIF EXISTS (SELECT 1 FROM assessment_version v WHERE v.county_id = OLD.county_id AND v.id = OLD.version_id AND v.status = 'published') THEN
    RAISE EXCEPTION 'results of published assessment version % are immutable (% refused)', OLD.version_id, TG_OP;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER assessment_version_published_immutable
  BEFORE UPDATE OR DELETE ON assessment_version
  FOR EACH ROW EXECUTE FUNCTION assessment_refuse_published_change();

CREATE TRIGGER assessment_result_published_immutable
  BEFORE UPDATE OR DELETE ON assessment_result
  FOR EACH ROW EXECUTE FUNCTION assessment_refuse_published_change();
