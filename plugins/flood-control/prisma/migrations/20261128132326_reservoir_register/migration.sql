-- CreateTable
CREATE TABLE "flood_reservoir" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "capacity" DECIMAL(12,2) NOT NULL,
    "flood_limit_level" DECIMAL(8,2),
    "admin_responsible" TEXT,
    "technical_responsible" TEXT,
    "dangerous" BOOLEAN NOT NULL DEFAULT false,
    "emptied" BOOLEAN NOT NULL DEFAULT false,
    "last_checked_at" TIMESTAMPTZ(3),
    "check_note" TEXT,
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "flood_reservoir_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateIndex
CREATE INDEX "flood_reservoir_id_idx" ON "flood_reservoir"("id");

-- CreateIndex
CREATE INDEX "flood_reservoir_county_id_org_unit_id_idx" ON "flood_reservoir"("county_id", "org_unit_id");

-- AddForeignKey
ALTER TABLE "flood_reservoir" ADD CONSTRAINT "flood_reservoir_county_id_org_unit_id_fkey" FOREIGN KEY ("county_id", "org_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;
