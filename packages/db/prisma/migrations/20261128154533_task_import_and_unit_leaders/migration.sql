-- CreateEnum
CREATE TYPE "ListingLeaderSource" AS ENUM ('responsible_unit', 'supervising_unit');

-- CreateTable
CREATE TABLE "key_work_assist" (
    "county_id" TEXT NOT NULL,
    "key_work_id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,

    CONSTRAINT "key_work_assist_pkey" PRIMARY KEY ("county_id","key_work_id","org_unit_id")
);

-- CreateTable
CREATE TABLE "unit_leader" (
    "county_id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "unit_leader_pkey" PRIMARY KEY ("county_id","org_unit_id")
);

-- CreateTable
CREATE TABLE "listing_leader_rule" (
    "county_id" TEXT NOT NULL,
    "source" "ListingLeaderSource" NOT NULL DEFAULT 'responsible_unit',

    CONSTRAINT "listing_leader_rule_pkey" PRIMARY KEY ("county_id")
);

-- CreateIndex
CREATE INDEX "key_work_assist_county_id_org_unit_id_idx" ON "key_work_assist"("county_id", "org_unit_id");

-- CreateIndex
CREATE INDEX "unit_leader_county_id_person_id_idx" ON "unit_leader"("county_id", "person_id");

-- AddForeignKey
ALTER TABLE "key_work_assist" ADD CONSTRAINT "key_work_assist_county_id_key_work_id_fkey" FOREIGN KEY ("county_id", "key_work_id") REFERENCES "key_work"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "key_work_assist" ADD CONSTRAINT "key_work_assist_county_id_org_unit_id_fkey" FOREIGN KEY ("county_id", "org_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "unit_leader" ADD CONSTRAINT "unit_leader_county_id_org_unit_id_fkey" FOREIGN KEY ("county_id", "org_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "unit_leader" ADD CONSTRAINT "unit_leader_county_id_person_id_fkey" FOREIGN KEY ("county_id", "person_id") REFERENCES "person"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;
