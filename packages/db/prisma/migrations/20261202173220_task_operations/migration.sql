-- CreateEnum
CREATE TYPE "TaskExtensionStatus" AS ENUM ('pending', 'approved', 'rejected');

-- CreateTable
CREATE TABLE "task_extension" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "task_id" TEXT NOT NULL,
    "previous_deadline" TIMESTAMPTZ(3) NOT NULL,
    "requested_deadline" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "TaskExtensionStatus" NOT NULL DEFAULT 'pending',
    "requested_by_name" TEXT,
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_by_name" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "decision_note" TEXT,

    CONSTRAINT "task_extension_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "task_countersign" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "task_id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "signed_at" TIMESTAMPTZ(3),
    "agreed" BOOLEAN,
    "note" TEXT,
    "signed_by_name" TEXT,

    CONSTRAINT "task_countersign_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateIndex
CREATE INDEX "task_extension_id_idx" ON "task_extension"("id");

-- CreateIndex
CREATE INDEX "task_extension_county_id_task_id_requested_at_idx" ON "task_extension"("county_id", "task_id", "requested_at");

-- CreateIndex
CREATE INDEX "task_countersign_id_idx" ON "task_countersign"("id");

-- CreateIndex
CREATE INDEX "task_countersign_county_id_task_id_idx" ON "task_countersign"("county_id", "task_id");

-- AddForeignKey
ALTER TABLE "task_extension" ADD CONSTRAINT "task_extension_county_id_task_id_fkey" FOREIGN KEY ("county_id", "task_id") REFERENCES "task"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "task_countersign" ADD CONSTRAINT "task_countersign_county_id_task_id_fkey" FOREIGN KEY ("county_id", "task_id") REFERENCES "task"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "task_countersign" ADD CONSTRAINT "task_countersign_county_id_org_unit_id_fkey" FOREIGN KEY ("county_id", "org_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;
