// Shapes the router returns (outputs.ts), built from database rows.
import type { AssessmentEvidence, AssessmentPlan, AssessmentVersion } from '@duban/db';
import type { AssessmentPlanConfig } from '@duban/core';
import { flattenIndicators } from '@duban/core';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function planSummary(plan: AssessmentPlan & { ownerUnit: { id: string; name: string; path: string } }, versionNumber: number, unitCount: number) {
  return {
    id: plan.id, name: plan.name, year: plan.year, status: plan.status,
    periodStart: plan.periodStart.toISOString(), periodEnd: plan.periodEnd.toISOString(),
    ownerUnit: plan.ownerUnit, versionNumber, unitCount, previousPlanId: plan.previousPlanId, templateKey: plan.templateKey,
  };
}

export function versionView(v: AssessmentVersion) {
  return {
    id: v.id, number: v.number, status: v.status, reason: v.reason, createdAt: v.createdAt.toISOString(),
    computedAt: iso(v.computedAt), approvedAt: iso(v.approvedAt), publishedAt: iso(v.publishedAt),
  };
}

export function indicatorViews(config: AssessmentPlanConfig) {
  return flattenIndicators(config).map(({ component, category, indicator }) => ({
    key: indicator.key, name: indicator.name, standard: indicator.standard ?? null, method: indicator.method, maxScore: indicator.maxScore,
    pointsPerOccurrence: indicator.method === 'deduction' ? indicator.pointsPerOccurrence : null,
    metricKey: indicator.method === 'formula' ? indicator.metricKey : indicator.method === 'deduction' ? (indicator.metricKey ?? null) : null,
    componentKey: component.key, componentName: component.name, categoryKey: category.key, categoryName: category.name,
  }));
}

export const evidenceView = (e: AssessmentEvidence) => ({
  id: e.id, fileName: e.fileName, contentType: e.contentType, size: e.size, uploadedAt: e.uploadedAt.toISOString(), entryId: e.entryId,
});

export const mutationResult = (plan: AssessmentPlan, version: { id: string; number: number }, newVersion = false) => ({
  planId: plan.id, versionId: version.id, versionNumber: version.number, newVersion, status: plan.status,
});
