-- CreateTable
CREATE TABLE "reporting_duty" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "owner_unit_id" TEXT NOT NULL,
    "frequency" TEXT NOT NULL,
    "due_weekday" INTEGER,
    "due_day" INTEGER,
    "due_month" INTEGER,
    "season_start" TEXT,
    "season_end" TEXT,
    "grace_hours" INTEGER NOT NULL,
    "form" JSONB NOT NULL,
    "origin" TEXT NOT NULL DEFAULT 'admin',
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "archived_at" TIMESTAMPTZ(3),
    "created_by_user_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reporting_duty_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "reporting_duty_unit" (
    "county_id" TEXT NOT NULL,
    "duty_id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,

    CONSTRAINT "reporting_duty_unit_pkey" PRIMARY KEY ("county_id","duty_id","org_unit_id")
);

-- CreateTable
CREATE TABLE "duty_report" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "duty_id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "period_key" TEXT NOT NULL,
    "deadline" TIMESTAMPTZ(3) NOT NULL,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL,
    "late" BOOLEAN NOT NULL,
    "answers" JSONB NOT NULL,
    "submitted_by_user_id" TEXT,
    "submitted_by_name" TEXT,
    "idempotency_key" TEXT,

    CONSTRAINT "duty_report_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "duty_overdue" (
    "county_id" TEXT NOT NULL,
    "duty_id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "period_key" TEXT NOT NULL,
    "task_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "duty_overdue_pkey" PRIMARY KEY ("county_id","duty_id","org_unit_id","period_key")
);

-- CreateIndex
CREATE INDEX "reporting_duty_id_idx" ON "reporting_duty"("id");

-- CreateIndex
CREATE INDEX "reporting_duty_county_id_owner_unit_id_idx" ON "reporting_duty"("county_id", "owner_unit_id");

-- CreateIndex
CREATE INDEX "reporting_duty_unit_county_id_org_unit_id_idx" ON "reporting_duty_unit"("county_id", "org_unit_id");

-- CreateIndex
CREATE INDEX "duty_report_id_idx" ON "duty_report"("id");

-- CreateIndex
CREATE INDEX "duty_report_county_id_duty_id_deadline_idx" ON "duty_report"("county_id", "duty_id", "deadline");

-- CreateIndex
CREATE UNIQUE INDEX "duty_report_county_id_duty_id_org_unit_id_period_key_key" ON "duty_report"("county_id", "duty_id", "org_unit_id", "period_key");

-- AddForeignKey
ALTER TABLE "reporting_duty" ADD CONSTRAINT "reporting_duty_county_id_owner_unit_id_fkey" FOREIGN KEY ("county_id", "owner_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "reporting_duty_unit" ADD CONSTRAINT "reporting_duty_unit_county_id_duty_id_fkey" FOREIGN KEY ("county_id", "duty_id") REFERENCES "reporting_duty"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "reporting_duty_unit" ADD CONSTRAINT "reporting_duty_unit_county_id_org_unit_id_fkey" FOREIGN KEY ("county_id", "org_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "duty_report" ADD CONSTRAINT "duty_report_county_id_duty_id_fkey" FOREIGN KEY ("county_id", "duty_id") REFERENCES "reporting_duty"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "duty_report" ADD CONSTRAINT "duty_report_county_id_org_unit_id_fkey" FOREIGN KEY ("county_id", "org_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "duty_overdue" ADD CONSTRAINT "duty_overdue_county_id_duty_id_fkey" FOREIGN KEY ("county_id", "duty_id") REFERENCES "reporting_duty"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "duty_overdue" ADD CONSTRAINT "duty_overdue_county_id_task_id_fkey" FOREIGN KEY ("county_id", "task_id") REFERENCES "task"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;
