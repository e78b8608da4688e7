import { describe, expect, it } from 'vitest';
import { keepStatementsOf } from './statement-filter.ts';

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
