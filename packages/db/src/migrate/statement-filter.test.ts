import { describe, expect, it } from 'vitest';
import { keepPatternIndexes, keepStatementsOf } from './statement-filter.ts';

const sql = `-- CreateEnum
CREATE TYPE "VisitStatus" AS ENUM ('planned', 'done');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('draft');

-- CreateTable
CREATE TABLE "inspection_visit" (
    "id" TEXT NOT NULL,

    CONSTRAINT "inspection_visit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment_plan" (
    "id" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "inspection_visit_id_idx" ON "inspection_visit"("id");

-- AddForeignKey
ALTER TABLE "assessment_plan" ADD CONSTRAINT "x_fkey" FOREIGN KEY ("org_unit_id") REFERENCES "org_unit"("id");

-- AddForeignKey
ALTER TABLE "inspection_visit" ADD CONSTRAINT "y_fkey" FOREIGN KEY ("org_unit_id") REFERENCES "org_unit"("id");`;

const schema = `enum VisitStatus {
  planned
}
model InspectionVisit {
  id String
  @@map("inspection_visit")
}`;

describe('keepStatementsOf', () => {
  it('keeps only the statements about the tables and enums of one schema file', () => {
    const kept = keepStatementsOf(sql, schema);
    expect(kept).toContain('CREATE TYPE "VisitStatus"');
    expect(kept).toContain('CREATE TABLE "inspection_visit"');
    expect(kept).toContain('CONSTRAINT "inspection_visit_pkey" PRIMARY KEY ("id")\n);');
    expect(kept).toContain('ON "inspection_visit"');
    expect(kept).toContain('ALTER TABLE "inspection_visit"');
    expect(kept).not.toContain('assessment_plan');
    expect(kept).not.toContain('PlanStatus');
  });
});

describe('keepPatternIndexes', () => {
  it('drops the diff\'s DROP INDEX of hand-written text_pattern_ops indexes and nothing else', () => {
    const diff = '-- DropIndex\nDROP INDEX "org_unit_path_pattern_idx";\n\n-- DropIndex\nDROP INDEX "task_old_idx";\n\n-- AlterTable\nALTER TABLE "task" ADD COLUMN "x" TEXT;';
    const kept = keepPatternIndexes(diff);
    expect(kept).not.toContain('org_unit_path_pattern_idx');
    expect(kept).toContain('DROP INDEX "task_old_idx"');
    expect(kept).toContain('ALTER TABLE "task"');
  });
});
