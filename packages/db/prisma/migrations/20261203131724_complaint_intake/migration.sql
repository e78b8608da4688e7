-- CreateTable
CREATE TABLE "complaint" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "serial" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "channel_ref" TEXT,
    "subject" TEXT NOT NULL,
    "subject_key" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "intake_unit_id" TEXT NOT NULL,
    "location_unit_id" TEXT NOT NULL,
    "address" TEXT,
    "latitude" DECIMAL(9,6),
    "longitude" DECIMAL(9,6),
    "complainant_name" TEXT,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "phone_cipher" TEXT,
    "phone_hash" TEXT,
    "phone_masked" TEXT,
    "received_at" TIMESTAMPTZ(3) NOT NULL,
    "duplicate_of_id" TEXT,
    "repeat_of_id" TEXT,
    "created_by_user_id" TEXT,
    "created_by_name" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "complaint_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "complaint_photo" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "complaint_id" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,

    CONSTRAINT "complaint_photo_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "complaint_dispatch" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "complaint_id" TEXT NOT NULL,
    "task_id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "dispatched_at" TIMESTAMPTZ(3) NOT NULL,
    "dispatched_by_name" TEXT,
    "sign_due_at" TIMESTAMPTZ(3) NOT NULL,
    "handle_due_at" TIMESTAMPTZ(3) NOT NULL,
    "callback_at" TIMESTAMPTZ(3),
    "callback_by_name" TEXT,
    "callback_note" TEXT,
    "callback_result" TEXT,

    CONSTRAINT "complaint_dispatch_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateIndex
CREATE INDEX "complaint_id_idx" ON "complaint"("id");

-- CreateIndex
CREATE INDEX "complaint_county_id_location_unit_id_subject_key_received_a_idx" ON "complaint"("county_id", "location_unit_id", "subject_key", "received_at");

-- CreateIndex
CREATE INDEX "complaint_county_id_received_at_idx" ON "complaint"("county_id", "received_at");

-- CreateIndex
CREATE UNIQUE INDEX "complaint_county_id_serial_key" ON "complaint"("county_id", "serial");

-- CreateIndex
CREATE INDEX "complaint_photo_county_id_complaint_id_idx" ON "complaint_photo"("county_id", "complaint_id");

-- CreateIndex
CREATE INDEX "complaint_dispatch_id_idx" ON "complaint_dispatch"("id");

-- CreateIndex
CREATE UNIQUE INDEX "complaint_dispatch_county_id_task_id_key" ON "complaint_dispatch"("county_id", "task_id");

-- CreateIndex
CREATE UNIQUE INDEX "complaint_dispatch_county_id_complaint_id_org_unit_id_key" ON "complaint_dispatch"("county_id", "complaint_id", "org_unit_id");

-- AddForeignKey
ALTER TABLE "complaint" ADD CONSTRAINT "complaint_county_id_intake_unit_id_fkey" FOREIGN KEY ("county_id", "intake_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "complaint" ADD CONSTRAINT "complaint_county_id_location_unit_id_fkey" FOREIGN KEY ("county_id", "location_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "complaint" ADD CONSTRAINT "complaint_county_id_duplicate_of_id_fkey" FOREIGN KEY ("county_id", "duplicate_of_id") REFERENCES "complaint"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "complaint" ADD CONSTRAINT "complaint_county_id_repeat_of_id_fkey" FOREIGN KEY ("county_id", "repeat_of_id") REFERENCES "complaint"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "complaint_photo" ADD CONSTRAINT "complaint_photo_county_id_complaint_id_fkey" FOREIGN KEY ("county_id", "complaint_id") REFERENCES "complaint"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "complaint_dispatch" ADD CONSTRAINT "complaint_dispatch_county_id_complaint_id_fkey" FOREIGN KEY ("county_id", "complaint_id") REFERENCES "complaint"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "complaint_dispatch" ADD CONSTRAINT "complaint_dispatch_county_id_task_id_fkey" FOREIGN KEY ("county_id", "task_id") REFERENCES "task"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "complaint_dispatch" ADD CONSTRAINT "complaint_dispatch_county_id_org_unit_id_fkey" FOREIGN KEY ("county_id", "org_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;
