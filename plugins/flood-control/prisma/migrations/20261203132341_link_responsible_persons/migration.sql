-- AlterTable
ALTER TABLE "flood_reservoir" ADD COLUMN     "admin_person_id" TEXT,
ADD COLUMN     "technical_person_id" TEXT;

-- CreateIndex
CREATE INDEX "flood_reservoir_county_id_admin_person_id_idx" ON "flood_reservoir"("county_id", "admin_person_id");

-- CreateIndex
CREATE INDEX "flood_reservoir_county_id_technical_person_id_idx" ON "flood_reservoir"("county_id", "technical_person_id");

-- AddForeignKey
ALTER TABLE "flood_reservoir" ADD CONSTRAINT "flood_reservoir_county_id_admin_person_id_fkey" FOREIGN KEY ("county_id", "admin_person_id") REFERENCES "person"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "flood_reservoir" ADD CONSTRAINT "flood_reservoir_county_id_technical_person_id_fkey" FOREIGN KEY ("county_id", "technical_person_id") REFERENCES "person"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- Link the names already registered to the person of that name at the reservoir's unit, where
-- exactly one person there has it; other names stay as written until someone picks the person.
UPDATE "flood_reservoir" r SET "admin_person_id" = p.id
  FROM "person" p
 WHERE p.county_id = r.county_id AND p.org_unit_id = r.org_unit_id AND p.name = r.admin_responsible AND p.archived_at IS NULL
   AND (SELECT count(*) FROM "person" q WHERE q.county_id = r.county_id AND q.org_unit_id = r.org_unit_id AND q.name = r.admin_responsible AND q.archived_at IS NULL) = 1;
UPDATE "flood_reservoir" r SET "technical_person_id" = p.id
  FROM "person" p
 WHERE p.county_id = r.county_id AND p.org_unit_id = r.org_unit_id AND p.name = r.technical_responsible AND p.archived_at IS NULL
   AND (SELECT count(*) FROM "person" q WHERE q.county_id = r.county_id AND q.org_unit_id = r.org_unit_id AND q.name = r.technical_responsible AND q.archived_at IS NULL) = 1;
