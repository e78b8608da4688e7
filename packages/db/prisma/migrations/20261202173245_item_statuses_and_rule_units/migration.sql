-- CreateEnum
CREATE TYPE "EscalationThresholdUnit" AS ENUM ('days', 'hours');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "TaskStatus" ADD VALUE 'returned';
ALTER TYPE "TaskStatus" ADD VALUE 'tracking';

-- AlterTable
ALTER TABLE "escalation_rule" ADD COLUMN     "threshold_unit" "EscalationThresholdUnit" NOT NULL DEFAULT 'days',
ADD COLUMN     "yellow_days_before" INTEGER NOT NULL DEFAULT 3;
