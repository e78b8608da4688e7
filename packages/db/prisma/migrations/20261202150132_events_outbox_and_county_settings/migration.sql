-- CreateTable
CREATE TABLE "event_outbox" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "subscriber" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL,
    "delivered_at" TIMESTAMPTZ(3),
    "last_error" TEXT,

    CONSTRAINT "event_outbox_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "county_settings" (
    "county_id" TEXT NOT NULL,
    "time_zone" TEXT NOT NULL DEFAULT 'Asia/Shanghai',

    CONSTRAINT "county_settings_pkey" PRIMARY KEY ("county_id")
);

-- CreateIndex
CREATE INDEX "event_outbox_delivered_at_next_attempt_at_idx" ON "event_outbox"("delivered_at", "next_attempt_at");

-- CreateIndex
CREATE UNIQUE INDEX "event_outbox_event_id_subscriber_key" ON "event_outbox"("event_id", "subscriber");
