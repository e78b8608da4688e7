-- CreateEnum
CREATE TYPE "WarningLevel" AS ENUM ('blue', 'yellow', 'orange', 'red');

-- CreateTable
CREATE TABLE "warning" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "level" "WarningLevel" NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "issuing_unit_id" TEXT NOT NULL,
    "issued_by_user_id" TEXT,
    "issued_by_name" TEXT,
    "valid_from" TIMESTAMPTZ(3) NOT NULL,
    "valid_until" TIMESTAMPTZ(3) NOT NULL,
    "ack_minutes" INTEGER NOT NULL,
    "cancelled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "warning_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "warning_area" (
    "county_id" TEXT NOT NULL,
    "warning_id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,

    CONSTRAINT "warning_area_pkey" PRIMARY KEY ("county_id","warning_id","org_unit_id")
);

-- CreateTable
CREATE TABLE "warning_recipient" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "warning_id" TEXT NOT NULL,
    "tier" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "person_id" TEXT,
    "target" TEXT NOT NULL,
    "parent_id" TEXT,
    "sent_at" TIMESTAMPTZ(3) NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "send_count" INTEGER NOT NULL DEFAULT 1,
    "acknowledged_at" TIMESTAMPTZ(3),
    "acknowledged_by_user_id" TEXT,
    "acknowledged_by_name" TEXT,
    "ack_channel" TEXT,
    "escalated_at" TIMESTAMPTZ(3),

    CONSTRAINT "warning_recipient_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "warning_message" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "warning_id" TEXT NOT NULL,
    "recipient_id" TEXT,
    "org_unit_id" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "phone" TEXT,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "notification_id" TEXT,
    "provider_message_id" TEXT,
    "error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "warning_message_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "warning_report" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "warning_id" TEXT NOT NULL,
    "recipient_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "value" DOUBLE PRECISION,
    "photo_sha256" TEXT,
    "photo_type" TEXT,
    "reported_by_user_id" TEXT,
    "reported_by_name" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "warning_report_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateIndex
CREATE INDEX "warning_id_idx" ON "warning"("id");

-- CreateIndex
CREATE INDEX "warning_county_id_issuing_unit_id_created_at_idx" ON "warning"("county_id", "issuing_unit_id", "created_at");

-- CreateIndex
CREATE INDEX "warning_recipient_id_idx" ON "warning_recipient"("id");

-- CreateIndex
CREATE INDEX "warning_recipient_county_id_org_unit_id_idx" ON "warning_recipient"("county_id", "org_unit_id");

-- CreateIndex
CREATE INDEX "warning_recipient_acknowledged_at_escalated_at_due_at_idx" ON "warning_recipient"("acknowledged_at", "escalated_at", "due_at");

-- CreateIndex
CREATE UNIQUE INDEX "warning_recipient_county_id_warning_id_target_key" ON "warning_recipient"("county_id", "warning_id", "target");

-- CreateIndex
CREATE INDEX "warning_message_county_id_warning_id_status_idx" ON "warning_message"("county_id", "warning_id", "status");

-- CreateIndex
CREATE INDEX "warning_message_county_id_phone_created_at_idx" ON "warning_message"("county_id", "phone", "created_at");

-- CreateIndex
CREATE INDEX "warning_report_county_id_warning_id_created_at_idx" ON "warning_report"("county_id", "warning_id", "created_at");

-- AddForeignKey
ALTER TABLE "warning" ADD CONSTRAINT "warning_county_id_issuing_unit_id_fkey" FOREIGN KEY ("county_id", "issuing_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "warning_area" ADD CONSTRAINT "warning_area_county_id_warning_id_fkey" FOREIGN KEY ("county_id", "warning_id") REFERENCES "warning"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "warning_area" ADD CONSTRAINT "warning_area_county_id_org_unit_id_fkey" FOREIGN KEY ("county_id", "org_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "warning_recipient" ADD CONSTRAINT "warning_recipient_county_id_warning_id_fkey" FOREIGN KEY ("county_id", "warning_id") REFERENCES "warning"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "warning_recipient" ADD CONSTRAINT "warning_recipient_county_id_org_unit_id_fkey" FOREIGN KEY ("county_id", "org_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "warning_recipient" ADD CONSTRAINT "warning_recipient_county_id_person_id_fkey" FOREIGN KEY ("county_id", "person_id") REFERENCES "person"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "warning_message" ADD CONSTRAINT "warning_message_county_id_warning_id_fkey" FOREIGN KEY ("county_id", "warning_id") REFERENCES "warning"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "warning_report" ADD CONSTRAINT "warning_report_county_id_warning_id_fkey" FOREIGN KEY ("county_id", "warning_id") REFERENCES "warning"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;
