-- CreateTable
CREATE TABLE "unit_boundary" (
    "county_id" TEXT NOT NULL,
    "org_unit_id" TEXT NOT NULL,
    "geometry" JSONB NOT NULL,
    "min_lon" DOUBLE PRECISION NOT NULL,
    "min_lat" DOUBLE PRECISION NOT NULL,
    "max_lon" DOUBLE PRECISION NOT NULL,
    "max_lat" DOUBLE PRECISION NOT NULL,
    "source" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "unit_boundary_pkey" PRIMARY KEY ("county_id","org_unit_id")
);

-- CreateTable
CREATE TABLE "map_layer" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "color" TEXT NOT NULL,
    "owner_unit_id" TEXT NOT NULL,
    "created_by_name" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "map_layer_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "map_feature" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "layer_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "geometry" JSONB NOT NULL,
    "properties" JSONB NOT NULL,
    "min_lon" DOUBLE PRECISION NOT NULL,
    "min_lat" DOUBLE PRECISION NOT NULL,
    "max_lon" DOUBLE PRECISION NOT NULL,
    "max_lat" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "map_feature_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateIndex
CREATE INDEX "unit_boundary_county_id_min_lon_max_lon_min_lat_max_lat_idx" ON "unit_boundary"("county_id", "min_lon", "max_lon", "min_lat", "max_lat");

-- CreateIndex
CREATE INDEX "map_layer_id_idx" ON "map_layer"("id");

-- CreateIndex
CREATE INDEX "map_layer_county_id_owner_unit_id_idx" ON "map_layer"("county_id", "owner_unit_id");

-- CreateIndex
CREATE INDEX "map_feature_county_id_layer_id_idx" ON "map_feature"("county_id", "layer_id");

-- CreateIndex
CREATE INDEX "map_feature_county_id_min_lon_max_lon_min_lat_max_lat_idx" ON "map_feature"("county_id", "min_lon", "max_lon", "min_lat", "max_lat");

-- AddForeignKey
ALTER TABLE "unit_boundary" ADD CONSTRAINT "unit_boundary_county_id_org_unit_id_fkey" FOREIGN KEY ("county_id", "org_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "map_layer" ADD CONSTRAINT "map_layer_county_id_owner_unit_id_fkey" FOREIGN KEY ("county_id", "owner_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "map_feature" ADD CONSTRAINT "map_feature_county_id_layer_id_fkey" FOREIGN KEY ("county_id", "layer_id") REFERENCES "map_layer"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;
