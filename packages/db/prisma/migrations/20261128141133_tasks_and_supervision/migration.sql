-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('handed_over', 'signed', 'rectifying', 'submitted', 'closed', 'notified');

-- CreateEnum
CREATE TYPE "TaskKind" AS ENUM ('rectification', 'leader_instruction', 'npc_proposal', 'cppcc_proposal', 'complaint');

-- CreateEnum
CREATE TYPE "EscalationLevel" AS ENUM ('none', 'reminded', 'urged', 'supervised', 'listed');

-- CreateTable
CREATE TABLE "key_work" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "parent_id" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "source" TEXT,
    "document_no" TEXT,
    "year" INTEGER NOT NULL,
    "lead_unit_id" TEXT NOT NULL,
    "responsible_person_id" TEXT,
    "deadline" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "key_work_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "key_work_target" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "key_work_id" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "target_value" DECIMAL(14,2) NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "key_work_target_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "key_work_progress" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "key_work_id" TEXT NOT NULL,
    "target_id" TEXT,
    "value" DECIMAL(14,2),
    "note" TEXT NOT NULL,
    "reported_by_id" TEXT,
    "reported_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "key_work_progress_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "task" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "serial" TEXT NOT NULL,
    "kind" "TaskKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "key_work_id" TEXT,
    "supervising_unit_id" TEXT NOT NULL,
    "responsible_unit_id" TEXT NOT NULL,
    "responsible_person_id" TEXT,
    "deadline" TIMESTAMPTZ(3) NOT NULL,
    "status" "TaskStatus" NOT NULL DEFAULT 'handed_over',
    "escalation" "EscalationLevel" NOT NULL DEFAULT 'none',
    "listed_leader" TEXT,
    "signed_at" TIMESTAMPTZ(3),
    "submitted_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "notified_at" TIMESTAMPTZ(3),
    "proposer" TEXT,
    "proposer_phone" TEXT,
    "met" BOOLEAN,
    "satisfaction" TEXT,
    "reply" TEXT,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "task_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "task_assist" (
    "county_id" TEXT NOT NULL,
    "task_id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,

    CONSTRAINT "task_assist_pkey" PRIMARY KEY ("county_id","task_id","org_unit_id")
);

-- CreateTable
CREATE TABLE "task_event" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "task_id" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "from_status" "TaskStatus",
    "to_status" "TaskStatus",
    "note" TEXT,
    "actor_user_id" TEXT,
    "actor_name" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "task_event_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "task_evidence" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "task_id" TEXT NOT NULL,
    "event_id" TEXT,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploaded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "task_evidence_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "post_check" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "task_id" TEXT NOT NULL,
    "sampled_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "checked_at" TIMESTAMPTZ(3),
    "result" TEXT,
    "note" TEXT,

    CONSTRAINT "post_check_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "escalation_rule" (
    "county_id" TEXT NOT NULL,
    "remind_days_before" INTEGER NOT NULL DEFAULT 3,
    "supervise_after_days" INTEGER NOT NULL DEFAULT 3,
    "list_after_days" INTEGER NOT NULL DEFAULT 10,

    CONSTRAINT "escalation_rule_pkey" PRIMARY KEY ("county_id")
);

-- CreateTable
CREATE TABLE "notification" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "task_id" TEXT,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "read_at" TIMESTAMPTZ(3),

    CONSTRAINT "notification_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateIndex
CREATE INDEX "key_work_id_idx" ON "key_work"("id");

-- CreateIndex
CREATE INDEX "key_work_county_id_lead_unit_id_idx" ON "key_work"("county_id", "lead_unit_id");

-- CreateIndex
CREATE INDEX "key_work_target_id_idx" ON "key_work_target"("id");

-- CreateIndex
CREATE INDEX "key_work_progress_id_idx" ON "key_work_progress"("id");

-- CreateIndex
CREATE INDEX "key_work_progress_county_id_key_work_id_idx" ON "key_work_progress"("county_id", "key_work_id");

-- CreateIndex
CREATE INDEX "task_id_idx" ON "task"("id");

-- CreateIndex
CREATE INDEX "task_county_id_responsible_unit_id_idx" ON "task"("county_id", "responsible_unit_id");

-- CreateIndex
CREATE INDEX "task_county_id_status_deadline_idx" ON "task"("county_id", "status", "deadline");

-- CreateIndex
CREATE UNIQUE INDEX "task_county_id_serial_key" ON "task"("county_id", "serial");

-- CreateIndex
CREATE INDEX "task_assist_county_id_org_unit_id_idx" ON "task_assist"("county_id", "org_unit_id");

-- CreateIndex
CREATE INDEX "task_event_id_idx" ON "task_event"("id");

-- CreateIndex
CREATE INDEX "task_event_county_id_task_id_at_idx" ON "task_event"("county_id", "task_id", "at");

-- CreateIndex
CREATE INDEX "task_evidence_id_idx" ON "task_evidence"("id");

-- CreateIndex
CREATE INDEX "post_check_id_idx" ON "post_check"("id");

-- CreateIndex
CREATE INDEX "post_check_county_id_task_id_idx" ON "post_check"("county_id", "task_id");

-- CreateIndex
CREATE INDEX "notification_id_idx" ON "notification"("id");

-- CreateIndex
CREATE INDEX "notification_county_id_org_unit_id_created_at_idx" ON "notification"("county_id", "org_unit_id", "created_at");

-- AddForeignKey
ALTER TABLE "key_work" ADD CONSTRAINT "key_work_county_id_parent_id_fkey" FOREIGN KEY ("county_id", "parent_id") REFERENCES "key_work"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "key_work" ADD CONSTRAINT "key_work_county_id_lead_unit_id_fkey" FOREIGN KEY ("county_id", "lead_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "key_work" ADD CONSTRAINT "key_work_county_id_responsible_person_id_fkey" FOREIGN KEY ("county_id", "responsible_person_id") REFERENCES "person"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "key_work_target" ADD CONSTRAINT "key_work_target_county_id_key_work_id_fkey" FOREIGN KEY ("county_id", "key_work_id") REFERENCES "key_work"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "key_work_progress" ADD CONSTRAINT "key_work_progress_county_id_key_work_id_fkey" FOREIGN KEY ("county_id", "key_work_id") REFERENCES "key_work"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "key_work_progress" ADD CONSTRAINT "key_work_progress_county_id_target_id_fkey" FOREIGN KEY ("county_id", "target_id") REFERENCES "key_work_target"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "task" ADD CONSTRAINT "task_county_id_key_work_id_fkey" FOREIGN KEY ("county_id", "key_work_id") REFERENCES "key_work"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "task" ADD CONSTRAINT "task_county_id_supervising_unit_id_fkey" FOREIGN KEY ("county_id", "supervising_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "task" ADD CONSTRAINT "task_county_id_responsible_unit_id_fkey" FOREIGN KEY ("county_id", "responsible_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "task" ADD CONSTRAINT "task_county_id_responsible_person_id_fkey" FOREIGN KEY ("county_id", "responsible_person_id") REFERENCES "person"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "task_assist" ADD CONSTRAINT "task_assist_county_id_task_id_fkey" FOREIGN KEY ("county_id", "task_id") REFERENCES "task"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "task_assist" ADD CONSTRAINT "task_assist_county_id_org_unit_id_fkey" FOREIGN KEY ("county_id", "org_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "task_event" ADD CONSTRAINT "task_event_county_id_task_id_fkey" FOREIGN KEY ("county_id", "task_id") REFERENCES "task"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "task_evidence" ADD CONSTRAINT "task_evidence_county_id_task_id_fkey" FOREIGN KEY ("county_id", "task_id") REFERENCES "task"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "task_evidence" ADD CONSTRAINT "task_evidence_county_id_event_id_fkey" FOREIGN KEY ("county_id", "event_id") REFERENCES "task_event"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "post_check" ADD CONSTRAINT "post_check_county_id_task_id_fkey" FOREIGN KEY ("county_id", "task_id") REFERENCES "task"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_county_id_org_unit_id_fkey" FOREIGN KEY ("county_id", "org_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;
