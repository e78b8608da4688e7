-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "RegionLevel" AS ENUM ('province', 'city');

-- CreateEnum
CREATE TYPE "OrgLevel" AS ENUM ('county', 'township', 'village', 'group', 'department');

-- CreateTable
CREATE TABLE "region" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT,
    "level" "RegionLevel" NOT NULL,
    "parent_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "org_unit" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "level" "OrgLevel" NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT,
    "parent_id" TEXT,
    "path" TEXT NOT NULL,
    "depth" INTEGER NOT NULL,
    "region_id" TEXT,
    "district_id" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "org_unit_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "district" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "district_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "person" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "position" TEXT,
    "org_unit_id" TEXT NOT NULL,
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "person_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'zh-CN',
    "disabled_at" TIMESTAMPTZ(3),
    "failed_login_count" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(3),
    "last_login_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "session" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "csrf_token" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "ip" TEXT,
    "user_agent" TEXT,

    CONSTRAINT "session_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "role" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "key" TEXT,
    "name" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "description" TEXT,
    "permissions" TEXT[],
    "built_in" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "role_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "role_assignment" (
    "county_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "role_id" TEXT NOT NULL,
    "capture_unit_id" TEXT NOT NULL,
    "view_unit_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "role_assignment_pkey" PRIMARY KEY ("county_id","id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "county_id" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "actor_user_id" TEXT,
    "actor_name" TEXT,
    "procedure" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "entity_type" TEXT,
    "entity_id" TEXT,
    "org_unit_id" TEXT,
    "before" JSONB,
    "after" JSONB,
    "detail" TEXT,
    "prev_hash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("county_id","seq")
);

-- CreateTable
CREATE TABLE "audit_head" (
    "county_id" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "audit_head_pkey" PRIMARY KEY ("county_id")
);

-- CreateIndex
CREATE INDEX "org_unit_id_idx" ON "org_unit"("id");

-- CreateIndex
CREATE INDEX "district_id_idx" ON "district"("id");

-- CreateIndex
CREATE UNIQUE INDEX "district_county_id_name_key" ON "district"("county_id", "name");

-- CreateIndex
CREATE INDEX "person_id_idx" ON "person"("id");

-- CreateIndex
CREATE INDEX "person_county_id_org_unit_id_idx" ON "person"("county_id", "org_unit_id");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_username_key" ON "app_user"("username");

-- CreateIndex
CREATE INDEX "app_user_id_idx" ON "app_user"("id");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_county_id_person_id_key" ON "app_user"("county_id", "person_id");

-- CreateIndex
CREATE INDEX "session_id_idx" ON "session"("id");

-- CreateIndex
CREATE INDEX "session_county_id_user_id_idx" ON "session"("county_id", "user_id");

-- CreateIndex
CREATE INDEX "role_id_idx" ON "role"("id");

-- CreateIndex
CREATE UNIQUE INDEX "role_county_id_key_key" ON "role"("county_id", "key");

-- CreateIndex
CREATE UNIQUE INDEX "role_county_id_name_key" ON "role"("county_id", "name");

-- CreateIndex
CREATE INDEX "role_assignment_id_idx" ON "role_assignment"("id");

-- CreateIndex
CREATE UNIQUE INDEX "role_assignment_county_id_user_id_role_id_capture_unit_id_key" ON "role_assignment"("county_id", "user_id", "role_id", "capture_unit_id");

-- CreateIndex
CREATE INDEX "audit_log_county_id_at_idx" ON "audit_log"("county_id", "at");

-- AddForeignKey
ALTER TABLE "region" ADD CONSTRAINT "region_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "org_unit" ADD CONSTRAINT "org_unit_county_id_parent_id_fkey" FOREIGN KEY ("county_id", "parent_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "org_unit" ADD CONSTRAINT "org_unit_county_id_district_id_fkey" FOREIGN KEY ("county_id", "district_id") REFERENCES "district"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "person" ADD CONSTRAINT "person_county_id_org_unit_id_fkey" FOREIGN KEY ("county_id", "org_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_county_id_person_id_fkey" FOREIGN KEY ("county_id", "person_id") REFERENCES "person"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_county_id_user_id_fkey" FOREIGN KEY ("county_id", "user_id") REFERENCES "app_user"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_county_id_user_id_fkey" FOREIGN KEY ("county_id", "user_id") REFERENCES "app_user"("county_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_county_id_role_id_fkey" FOREIGN KEY ("county_id", "role_id") REFERENCES "role"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_county_id_capture_unit_id_fkey" FOREIGN KEY ("county_id", "capture_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_county_id_view_unit_id_fkey" FOREIGN KEY ("county_id", "view_unit_id") REFERENCES "org_unit"("county_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;
