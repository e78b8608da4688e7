-- AlterTable
ALTER TABLE "inspection_rotation_plan" ADD COLUMN     "district_members" JSONB;
