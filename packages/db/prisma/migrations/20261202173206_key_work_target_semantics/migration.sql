-- Key-work targets get a baseline, a direction and an aggregation (issue 16, item 4). Until now
-- every target rolled up by summing its parts, so two townships at 95% awareness made 190%.
-- CreateEnum
CREATE TYPE "TargetDirection" AS ENUM ('higher', 'lower', 'zero');

-- CreateEnum
CREATE TYPE "TargetAggregation" AS ENUM ('sum', 'weighted_mean', 'ratio', 'min', 'max');

-- AlterTable
ALTER TABLE "key_work_progress" ADD COLUMN     "denominator" DECIMAL(14,2);

-- AlterTable
ALTER TABLE "key_work_target" ADD COLUMN     "aggregation" "TargetAggregation" NOT NULL DEFAULT 'sum',
ADD COLUMN     "baseline_value" DECIMAL(14,2),
ADD COLUMN     "direction" "TargetDirection" NOT NULL DEFAULT 'higher',
ADD COLUMN     "weight" DECIMAL(14,2),
ADD COLUMN     "weight_label" TEXT;

-- Existing data: a target measured in percent (%, ％) is a rate, which sums to nonsense; it now
-- rolls up as the mean of its parts (equal weights until a weight is set). A target of 0 was a
-- zero target (零问责, 零事故): nothing else can make progress towards 0 by counting up. The same
-- rule as defaultTargetSemantics (packages/core/src/tasks/key-work-rollup.ts), used by the Excel import.
UPDATE "key_work_target" SET "aggregation" = 'weighted_mean' WHERE "unit" IN ('%', '％');
UPDATE "key_work_target" SET "direction" = 'zero' WHERE "target_value" = 0;
