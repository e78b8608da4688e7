-- Task kinds become registrable: the enum column turns into text keeping every row's kind, so a
-- plugin's task type (food-safety.sample-rectification) needs no core migration. The kinds are
-- validated in packages/core/src/tasks/task-kinds.ts.
ALTER TABLE "task" ALTER COLUMN "kind" TYPE TEXT USING "kind"::text;

-- Complaints: the channel it came through (12345, 12369, 信访 …).
ALTER TABLE "task" ADD COLUMN     "channel" TEXT;

-- DropEnum
DROP TYPE "TaskKind";
