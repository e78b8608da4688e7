-- CreateTable
CREATE TABLE "reading_station" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "subject_ref" TEXT,
    "threshold" DOUBLE PRECISION,
    "alert_action" TEXT NOT NULL DEFAULT 'warning',
    "alert_level" TEXT NOT NULL DEFAULT 'yellow',
    "season_start" TEXT,
    "season_end" TEXT,
    "device_key_hash" TEXT,
    "device_key_issued_at" TIMESTAMPTZ(3),
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reading_station_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "reading" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "station_id" TEXT NOT NULL,
    "measured_at" TIMESTAMPTZ(3) NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "source" TEXT NOT NULL,
    "idempotency_key" TEXT,
    "entered_by_name" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reading_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "reading_alert" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "station_id" TEXT NOT NULL,
    "reading_id" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "threshold" DOUBLE PRECISION NOT NULL,
    "warning_id" TEXT,
    "task_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reading_alert_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateIndex
CREATE INDEX "reading_station_id_idx" ON "reading_station"("id");

-- CreateIndex
CREATE INDEX "reading_station_county_id_org_unit_id_idx" ON "reading_station"("county_id", "org_unit_id");

-- CreateIndex
CREATE INDEX "reading_county_id_station_id_measured_at_idx" ON "reading"("county_id", "station_id", "measured_at");

-- CreateIndex
CREATE UNIQUE INDEX "reading_county_id_station_id_idempotency_key_key" ON "reading"("county_id", "station_id", "idempotency_key");

-- CreateIndex
CREATE INDEX "reading_alert_county_id_station_id_created_at_idx" ON "reading_alert"("county_id", "station_id", "created_at");

-- AddForeignKey
ALTER TABLE "reading_station" ADD CONSTRAINT "reading_station_county_id_org_unit_id_fkey" FOREIGN KEY ("county_id", "org_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "reading" ADD CONSTRAINT "reading_county_id_station_id_fkey" FOREIGN KEY ("county_id", "station_id") REFERENCES "reading_station"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "reading_alert" ADD CONSTRAINT "reading_alert_county_id_station_id_fkey" FOREIGN KEY ("county_id", "station_id") REFERENCES "reading_station"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;
