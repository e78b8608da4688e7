// Valid example inputs for this folder's procedures, for the access matrix (authz/examples.ts):
// each takes the seeded world's ids and must pass the procedure's input schema.
import { defineExamples, type ExampleWorld } from '../../authz/examples.ts';

/** An ISO time some days after the world's clock (inputs carry times as strings). */
const later = (w: ExampleWorld, days = 7) => new Date(w.now.getTime() + days * 86_400_000).toISOString();
/** The group-membership policy (authz/policies.ts): the world's callers are not in the seeded groups. */
const MEMBER_ONLY = { 'inspections.errors.notMember': 'only the group members act on site — the policy the matrix enumerates separately' };
/** A member from the unit and one from the county: aimed at the county itself, both sit in one unit. */
const FROM_SEVERAL_UNITS = {
  'inspections.errors.singleUnit': 'aimed at a unit whose seeded people all sit in it',
  'inspections.errors.duplicateMember': 'aimed at the county itself, the unit person and the county person are one',
};
const VISIT_REFUSALS: Record<string, string> = { 'inspections.errors.unitLevel': 'aimed at the county: only townships, villages and departments are inspected' };

export const examples = defineExamples({
  'inspection.listGroups': () => ({}),
  'inspection.getGroup': (w) => ({ groupId: w.record }),
  'inspection.createGroup': { refusals: FROM_SEVERAL_UNITS, input: (w) => ({ planningUnitId: w.record, name: `样例督查组${w.unique()}`, year: 2026, members: [{ personId: w.at('person'), role: 'leader' }, { personId: w.inCounty('person'), role: 'member' }] }) },
  'inspection.updateGroup': { refusals: FROM_SEVERAL_UNITS, input: (w) => ({ groupId: w.record, name: `样例督查组${w.unique()}`, year: 2026, members: [{ personId: w.at('person'), role: 'leader' }, { personId: w.inCounty('person'), role: 'member' }] }) },
  'inspection.archiveGroup': (w) => ({ groupId: w.record }),
  'inspection.groupConflicts': (w) => ({ groupId: w.record, orgUnitId: w.unit.id }),
  'inspection.listRotations': () => ({}),
  'inspection.getRotation': (w) => ({ planId: w.record }),
  'inspection.generateRotation': (w) => ({ planningUnitId: w.record, name: `样例轮换${w.unique()}`, year: 2026, groupIds: [w.at('inspectionGroup')], districtIds: [w.inCounty('district')], stages: 1, startsOn: w.now.toISOString().slice(0, 10), endsOn: later(w, 60).slice(0, 10) }),
  'inspection.adjustRotation': {
    input: (w) => ({ planId: w.record, stage: 0, groupId: w.at('inspectionGroup'), districtId: w.inCounty('district') }),
    refusals: { 'inspections.errors.rotation.unknown': 'the seeded rotation plan has no stages yet (inspections.test.ts generates one)' },
  },
  'inspection.publishRotation': (w) => ({ planId: w.record }),
  'inspection.scheduleStage': {
    input: (w) => ({ planId: w.record, stage: 0 }),
    refusals: { 'errors.notFound': 'the seeded rotation plan has no stages yet (inspections.test.ts schedules a generated one)' },
  },
  'inspection.listVisits': () => ({}),
  'inspection.visitStats': () => ({}),
  'inspection.exportVisits': () => ({}),
  'inspection.getVisit': (w) => ({ visitId: w.record }),
  'inspection.planVisit': { input: (w) => ({ orgUnitId: w.unit.id, groupId: w.record, title: `样例督查${w.unique()}`, windowStart: later(w, 1), windowEnd: later(w, 8), templateRefs: [w.inCounty('inspectionTemplate')] }), refusals: VISIT_REFUSALS },
  'inspection.updateVisit': { input: (w) => ({ visitId: w.record, orgUnitId: w.unit.id, groupId: w.at('inspectionGroup'), title: `样例督查${w.unique()}`, windowStart: later(w, 1), windowEnd: later(w, 8), templateRefs: [w.inCounty('inspectionTemplate')] }), refusals: VISIT_REFUSALS },
  'inspection.cancelVisit': (w) => ({ visitId: w.record }),
  'inspection.startVisit': { input: (w) => ({ visitId: w.at('inspectionVisit') }), refusals: MEMBER_ONLY },
  'inspection.completeVisit': { input: (w) => ({ visitId: w.at('inspectionVisit') }), refusals: MEMBER_ONLY },
  'inspection.listTemplates': () => ({}),
  'inspection.getTemplate': (w) => ({ templateId: w.record }),
  'inspection.availableTemplates': (w) => ({ orgUnitId: w.record }),
  'inspection.createTemplate': (w) => ({ ownerUnitId: w.record, definition: { key: `mx-${w.unique()}`, name: { zh: '样例检查表', en: 'Sample' }, sections: [{ key: 'main', items: [{ key: 'ok', label: { zh: '合格', en: 'OK' }, type: 'yesNo' }] }] } }),
  'inspection.updateTemplate': (w) => ({ templateId: w.record, definition: { key: `fx-${w.record.slice(0, 8)}`, name: { zh: '样例检查表', en: 'Sample' }, sections: [{ key: 'main', items: [{ key: 'ok', label: { zh: '合格', en: 'OK' }, type: 'yesNo' }] }] } }),
  'inspection.archiveTemplate': (w) => ({ templateId: w.record }),
  'inspection.submitRecord': { input: (w) => ({ idempotencyKey: crypto.randomUUID(), visitId: w.at('inspectionVisit'), templateVersionId: w.at('inspectionTemplateVersion'), answers: { ok: true }, capturedAt: w.now.toISOString() }), refusals: MEMBER_ONLY },
  'inspection.getRecord': (w) => ({ recordId: w.record }),
  'inspection.recordFile': { input: (w) => ({ recordId: w.record, fileId: w.unique() }), refusals: { NOT_FOUND: 'the seeded record has no files; the lookup is scoped to it' } },
  'inspection.handOverFinding': { input: (w) => ({ visitId: w.at('inspectionVisit'), title: '样例问题', deadline: later(w) }), refusals: { ...MEMBER_ONLY, 'inspections.errors.findingBeforeStart': 'the seeded visit has not started' } },
  'inspection.listFindings': () => ({}),
});
