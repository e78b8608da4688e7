-- CreateEnum
CREATE TYPE "PostCheckSource" AS ENUM ('random', 'picked');

-- AlterTable
ALTER TABLE "post_check" ADD COLUMN     "picked_by_name" TEXT,
ADD COLUMN     "reason" TEXT,
ADD COLUMN     "source" "PostCheckSource" NOT NULL DEFAULT 'random';
