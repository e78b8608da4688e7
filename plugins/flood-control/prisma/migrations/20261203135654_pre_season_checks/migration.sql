-- CreateTable
CREATE TABLE "flood_reservoir_check" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "reservoir_id" TEXT NOT NULL,
    "season" INTEGER NOT NULL,
    "answers" JSONB NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "failed_items" JSONB NOT NULL,
    "note" TEXT,
    "checked_at" TIMESTAMPTZ(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "checked_by_name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "flood_reservoir_check_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateIndex
CREATE INDEX "flood_reservoir_check_id_idx" ON "flood_reservoir_check"("id");

-- CreateIndex
CREATE INDEX "flood_reservoir_check_county_id_reservoir_id_expires_at_idx" ON "flood_reservoir_check"("county_id", "reservoir_id", "expires_at");

-- AddForeignKey
ALTER TABLE "flood_reservoir_check" ADD CONSTRAINT "flood_reservoir_check_county_id_reservoir_id_fkey" FOREIGN KEY ("county_id", "reservoir_id") REFERENCES "flood_reservoir"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- The check recorded before checks had seasons never expired. Each becomes the check of the season
-- it was made for (seasons end on 09-30, the default, China Standard Time), so it expires with it.
INSERT INTO "flood_reservoir_check" ("county_id", "id", "reservoir_id", "season", "answers", "passed", "failed_items", "note", "checked_at", "expires_at", "checked_by_name")
SELECT r.county_id, 'migrated-' || r.id, r.id, s.season, '{}'::jsonb, true, '[]'::jsonb, r.check_note, r.last_checked_at,
       (s.season || '-09-30 23:59:59.999+08')::timestamptz, '（迁移）'
  FROM "flood_reservoir" r
  CROSS JOIN LATERAL (
    SELECT CASE WHEN to_char(r.last_checked_at AT TIME ZONE 'UTC' + interval '8 hours', 'MM-DD') > '09-30'
                THEN extract(year FROM r.last_checked_at AT TIME ZONE 'UTC' + interval '8 hours')::int + 1
                ELSE extract(year FROM r.last_checked_at AT TIME ZONE 'UTC' + interval '8 hours')::int END AS season
  ) s
 WHERE r.last_checked_at IS NOT NULL;
