-- CreateTable
CREATE TABLE "food_safety_record" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "value" DECIMAL(14,2) NOT NULL,
    "note" TEXT,
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "food_safety_record_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateIndex
CREATE INDEX "food_safety_record_id_idx" ON "food_safety_record"("id");

-- CreateIndex
CREATE INDEX "food_safety_record_county_id_org_unit_id_idx" ON "food_safety_record"("county_id", "org_unit_id");

-- AddForeignKey
ALTER TABLE "food_safety_record" ADD CONSTRAINT "food_safety_record_county_id_org_unit_id_fkey" FOREIGN KEY ("county_id", "org_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;
