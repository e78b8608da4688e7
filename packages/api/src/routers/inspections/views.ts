import type { Prisma } from '@duban/db';

// Output shapes of the `inspection` router. There is no transformer: Decimals become numbers
// (scores have two decimals) and dates travel as ISO strings.

export const unitSelect = { select: { id: true, name: true, level: true, path: true } } as const;

export const visitInclude = {
  orgUnit: unitSelect,
  planningUnit: unitSelect,
  group: { select: { id: true, name: true } },
  templates: { orderBy: { sortOrder: 'asc' }, include: { template: { select: { id: true, name: true, key: true, currentVersion: true, pluginId: true } } } },
  _count: { select: { records: true, findings: true } },
} as const satisfies Prisma.InspectionVisitInclude;

type VisitRow = Prisma.InspectionVisitGetPayload<{ include: typeof visitInclude }>;

export function visitView(v: VisitRow) {
  return {
    id: v.id, countyId: v.countyId, kind: v.kind, title: v.title, status: v.status, unannounced: v.unannounced,
    windowStart: v.windowStart, windowEnd: v.windowEnd, startedAt: v.startedAt, completedAt: v.completedAt,
    orgUnit: v.orgUnit, planningUnit: v.planningUnit, group: v.group, rotationPlanId: v.rotationPlanId, rotationStage: v.rotationStage,
    verifiesTaskId: v.verifiesTaskId,
    templates: v.templates.map((t) => t.template),
    records: v._count.records, findings: v._count.findings,
  };
}

const num = (d: Prisma.Decimal | null) => (d === null ? null : Number(d));

type RecordRow = Prisma.InspectionRecordGetPayload<{ include: { files: true; templateVersion: { include: { template: { select: { id: true; name: true } } } } } }>;

export function recordView(r: RecordRow, correctedById: string | null) {
  return {
    id: r.id, visitId: r.visitId, orgUnitId: r.orgUnitId, version: r.version, previousId: r.previousId, correctedById,
    template: r.templateVersion.template, templateVersion: r.templateVersion.version, templateVersionId: r.templateVersionId,
    definition: r.templateVersion.definition,
    submittedByName: r.submittedByName, answers: r.answers, evaluation: r.evaluation, passed: r.passed,
    score: Number(r.score), maxScore: Number(r.maxScore),
    latitude: num(r.latitude), longitude: num(r.longitude), accuracyMeters: num(r.accuracyMeters),
    capturedAt: r.capturedAt, submittedAt: r.submittedAt, correctionNote: r.correctionNote,
    files: r.files.map((f) => ({
      id: f.id, itemKey: f.itemKey, kind: f.kind, fileName: f.fileName, contentType: f.contentType, size: f.size, sha256: f.sha256,
      exifTakenAt: f.exifTakenAt, exifLatitude: num(f.exifLatitude), exifLongitude: num(f.exifLongitude),
    })),
  };
}
