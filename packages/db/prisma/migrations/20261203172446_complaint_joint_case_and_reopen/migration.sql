-- AlterTable
ALTER TABLE "complaint" ADD COLUMN     "joint_case_id" TEXT;

-- AlterTable
ALTER TABLE "complaint_dispatch" ADD COLUMN     "reopen_count" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "complaint_callback" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "dispatch_id" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "by_name" TEXT,
    "result" TEXT NOT NULL,
    "note" TEXT,
    "reopened" BOOLEAN NOT NULL DEFAULT false,
    "new_deadline" TIMESTAMPTZ(3),

    CONSTRAINT "complaint_callback_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateIndex
CREATE UNIQUE INDEX "complaint_callback_county_id_dispatch_id_round_key" ON "complaint_callback"("county_id", "dispatch_id", "round");

-- AddForeignKey
ALTER TABLE "complaint" ADD CONSTRAINT "complaint_county_id_joint_case_id_fkey" FOREIGN KEY ("county_id", "joint_case_id") REFERENCES "joint_case"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "complaint_callback" ADD CONSTRAINT "complaint_callback_county_id_dispatch_id_fkey" FOREIGN KEY ("county_id", "dispatch_id") REFERENCES "complaint_dispatch"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;
