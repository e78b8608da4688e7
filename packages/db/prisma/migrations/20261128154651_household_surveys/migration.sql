-- CreateEnum
CREATE TYPE "SurveyCallbackOutcome" AS ENUM ('reached_confirmed', 'reached_denied', 'unreachable');

-- CreateTable
CREATE TABLE "survey_form" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "owner_unit_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "description" TEXT,
    "current_version" INTEGER NOT NULL DEFAULT 1,
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "survey_form_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "survey_form_version" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "form_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "questions" JSONB NOT NULL,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "survey_form_version_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "survey_settings" (
    "county_id" TEXT NOT NULL,
    "village_share_num" INTEGER NOT NULL DEFAULT 1,
    "village_share_den" INTEGER NOT NULL DEFAULT 3,
    "monthly_quota" INTEGER NOT NULL DEFAULT 200,
    "callback_percent" INTEGER NOT NULL DEFAULT 10,
    "cluster_radius_meters" INTEGER NOT NULL DEFAULT 30,
    "cluster_min_surveys" INTEGER NOT NULL DEFAULT 5,
    "max_speed_kmh" INTEGER NOT NULL DEFAULT 60,
    "min_gap_minutes" INTEGER NOT NULL DEFAULT 3,
    "phone_repeat_min" INTEGER NOT NULL DEFAULT 2,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "survey_settings_pkey" PRIMARY KEY ("county_id")
);

-- CreateTable
CREATE TABLE "household_survey" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "form_version_id" TEXT NOT NULL,
    "group_id" TEXT NOT NULL,
    "visit_id" TEXT,
    "township_id" TEXT NOT NULL,
    "village_id" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "respondent_name" TEXT NOT NULL,
    "phone_cipher" TEXT NOT NULL,
    "phone_hash" TEXT NOT NULL,
    "phone_masked" TEXT NOT NULL,
    "signature_sha256" TEXT NOT NULL,
    "signature_size" INTEGER NOT NULL,
    "answers" JSONB NOT NULL,
    "latitude" DECIMAL(10,7),
    "longitude" DECIMAL(10,7),
    "accuracy_meters" DECIMAL(10,2),
    "captured_at" TIMESTAMPTZ(3) NOT NULL,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submitted_by_user_id" TEXT NOT NULL,
    "submitted_by_name" TEXT NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "request_digest" TEXT NOT NULL,

    CONSTRAINT "household_survey_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "survey_callback_draw" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "period_start" TIMESTAMPTZ(3) NOT NULL,
    "period_end" TIMESTAMPTZ(3) NOT NULL,
    "share_percent" INTEGER NOT NULL,
    "seed" TEXT NOT NULL,
    "eligible" INTEGER NOT NULL,
    "drawn" INTEGER NOT NULL,
    "drawn_by_id" TEXT,
    "drawn_by_name" TEXT,
    "drawn_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "survey_callback_draw_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "survey_callback" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "draw_id" TEXT NOT NULL,
    "survey_id" TEXT NOT NULL,
    "outcome" "SurveyCallbackOutcome",
    "note" TEXT,
    "called_at" TIMESTAMPTZ(3),
    "called_by_id" TEXT,
    "called_by_name" TEXT,

    CONSTRAINT "survey_callback_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateIndex
CREATE INDEX "survey_form_id_idx" ON "survey_form"("id");

-- CreateIndex
CREATE UNIQUE INDEX "survey_form_county_id_title_key" ON "survey_form"("county_id", "title");

-- CreateIndex
CREATE INDEX "survey_form_version_id_idx" ON "survey_form_version"("id");

-- CreateIndex
CREATE UNIQUE INDEX "survey_form_version_county_id_form_id_version_key" ON "survey_form_version"("county_id", "form_id", "version");

-- CreateIndex
CREATE INDEX "household_survey_id_idx" ON "household_survey"("id");

-- CreateIndex
CREATE INDEX "household_survey_county_id_group_id_captured_at_idx" ON "household_survey"("county_id", "group_id", "captured_at");

-- CreateIndex
CREATE INDEX "household_survey_county_id_visit_id_idx" ON "household_survey"("county_id", "visit_id");

-- CreateIndex
CREATE INDEX "household_survey_county_id_village_id_idx" ON "household_survey"("county_id", "village_id");

-- CreateIndex
CREATE INDEX "household_survey_county_id_phone_hash_idx" ON "household_survey"("county_id", "phone_hash");

-- CreateIndex
CREATE INDEX "household_survey_county_id_submitted_by_user_id_captured_at_idx" ON "household_survey"("county_id", "submitted_by_user_id", "captured_at");

-- CreateIndex
CREATE UNIQUE INDEX "household_survey_county_id_submitted_by_user_id_idempotency_key" ON "household_survey"("county_id", "submitted_by_user_id", "idempotency_key");

-- CreateIndex
CREATE INDEX "survey_callback_draw_id_idx" ON "survey_callback_draw"("id");

-- CreateIndex
CREATE INDEX "survey_callback_draw_county_id_drawn_at_idx" ON "survey_callback_draw"("county_id", "drawn_at");

-- CreateIndex
CREATE INDEX "survey_callback_id_idx" ON "survey_callback"("id");

-- CreateIndex
CREATE INDEX "survey_callback_county_id_draw_id_idx" ON "survey_callback"("county_id", "draw_id");

-- CreateIndex
CREATE UNIQUE INDEX "survey_callback_county_id_survey_id_key" ON "survey_callback"("county_id", "survey_id");

-- AddForeignKey
ALTER TABLE "survey_form" ADD CONSTRAINT "survey_form_county_id_owner_unit_id_fkey" FOREIGN KEY ("county_id", "owner_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "survey_form_version" ADD CONSTRAINT "survey_form_version_county_id_form_id_fkey" FOREIGN KEY ("county_id", "form_id") REFERENCES "survey_form"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "household_survey" ADD CONSTRAINT "household_survey_county_id_form_version_id_fkey" FOREIGN KEY ("county_id", "form_version_id") REFERENCES "survey_form_version"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "household_survey" ADD CONSTRAINT "household_survey_county_id_group_id_fkey" FOREIGN KEY ("county_id", "group_id") REFERENCES "inspection_group"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "household_survey" ADD CONSTRAINT "household_survey_county_id_visit_id_fkey" FOREIGN KEY ("county_id", "visit_id") REFERENCES "inspection_visit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "household_survey" ADD CONSTRAINT "household_survey_county_id_township_id_fkey" FOREIGN KEY ("county_id", "township_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "household_survey" ADD CONSTRAINT "household_survey_county_id_village_id_fkey" FOREIGN KEY ("county_id", "village_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "survey_callback_draw" ADD CONSTRAINT "survey_callback_draw_county_id_org_unit_id_fkey" FOREIGN KEY ("county_id", "org_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "survey_callback" ADD CONSTRAINT "survey_callback_county_id_draw_id_fkey" FOREIGN KEY ("county_id", "draw_id") REFERENCES "survey_callback_draw"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "survey_callback" ADD CONSTRAINT "survey_callback_county_id_survey_id_fkey" FOREIGN KEY ("county_id", "survey_id") REFERENCES "household_survey"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- A submitted survey and a form version are evidence: never edited or deleted, by any path
-- (a fabricated survey is flagged and called back, not erased).
CREATE FUNCTION survey_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is immutable (% refused)', TG_TABLE_NAME, TG_OP;
END;
$$;

CREATE TRIGGER household_survey_immutable
  BEFORE UPDATE OR DELETE ON household_survey
  FOR EACH ROW EXECUTE FUNCTION survey_refuse_change();

CREATE TRIGGER survey_form_version_immutable
  BEFORE UPDATE OR DELETE ON survey_form_version
  FOR EACH ROW EXECUTE FUNCTION survey_refuse_change();
