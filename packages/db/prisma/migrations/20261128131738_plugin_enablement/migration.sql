-- CreateTable
CREATE TABLE "plugin_enablement" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "plugin_id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_by_user_id" TEXT,

    CONSTRAINT "plugin_enablement_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateIndex
CREATE INDEX "plugin_enablement_id_idx" ON "plugin_enablement"("id");

-- CreateIndex
CREATE UNIQUE INDEX "plugin_enablement_county_id_plugin_id_org_unit_id_key" ON "plugin_enablement"("county_id", "plugin_id", "org_unit_id");

-- AddForeignKey
ALTER TABLE "plugin_enablement" ADD CONSTRAINT "plugin_enablement_county_id_org_unit_id_fkey" FOREIGN KEY ("county_id", "org_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;
