-- CreateTable
CREATE TABLE "unit_attribute_value" (
    "county_id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "updated_by_name" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "unit_attribute_value_pkey" PRIMARY KEY ("county_id","org_unit_id","kind","year")
);

-- CreateIndex
CREATE INDEX "unit_attribute_value_county_id_kind_year_idx" ON "unit_attribute_value"("county_id", "kind", "year");

-- AddForeignKey
ALTER TABLE "unit_attribute_value" ADD CONSTRAINT "unit_attribute_value_county_id_org_unit_id_fkey" FOREIGN KEY ("county_id", "org_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;
