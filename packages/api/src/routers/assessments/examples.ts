// Valid example inputs for this folder's procedures, for the access matrix (authz/examples.ts):
// each takes the seeded world's ids and must pass the procedure's input schema.
import { minimalAssessmentConfig } from '@duban/core';
import { defineExamples } from '../../authz/examples.ts';

/**
 * The seeded plan is a draft (core's sampleAssessmentRecords): what needs a later stage is refused
 * by the workflow inside the handler. assessments-workflow.test.ts walks every stage.
 */
const DRAFT: Record<string, string> = {
  'errors.assessment.badTransition': 'draft plan', 'errors.assessment.computeState': 'draft plan', 'errors.assessment.selfCheckClosed': 'draft plan',
  'errors.assessment.notScoring': 'draft plan', 'errors.assessment.problemState': 'draft plan', 'errors.assessment.noResults': 'draft plan: nothing computed',
  'errors.notFound': 'no evidence or entry seeded: the lookup is scoped to the plan',
};

export const examples = defineExamples({
  'assessment.catalog': () => undefined,
  'assessment.validateConfig': () => ({ config: minimalAssessmentConfig() }),
  'assessment.listPlans': () => ({}),
  'assessment.myAssessments': () => undefined,
  'assessment.getPlan': (w) => ({ planId: w.record }),
  'assessment.createPlan': { refusals: { 'errors.assessment.countyAssessed': 'aimed at the county, which assesses itself' }, input: (w) => ({ ownerUnitId: w.record, name: `样例考核${w.unique()}`, year: 2026, periodStart: new Date('2026-01-01T00:00:00Z').toISOString(), periodEnd: new Date('2027-01-01T00:00:00Z').toISOString(), units: { mode: 'set', orgUnitIds: [w.unit.id] }, config: minimalAssessmentConfig() }) },
  'assessment.createFromTemplate': { input: (w) => ({ ownerUnitId: w.record, templateKey: 'no-such-template', year: 2026 }), refusals: { 'errors.assessment.unknownTemplate': 'core ships no plan template; plugins test theirs' } },
  'assessment.updatePlan': (w) => ({ planId: w.record }),
  'assessment.deletePlan': (w) => ({ planId: w.record }),
  'assessment.assessorOptions': (w) => ({ planId: w.record }),
  'assessment.setAssessors': { input: (w) => ({ planId: w.record, userIds: [w.at('user')] }), refusals: { 'errors.assessment.notScorer': 'the seeded user holds no scoring role (assessments-workflow.test.ts seats a panel)' } },
  'assessment.start': { input: (w) => ({ planId: w.record }), refusals: { 'errors.assessment.noAssessors': 'the seeded draft has no panel yet' } },
  'assessment.openScoring': { input: (w) => ({ planId: w.record }), refusals: DRAFT },
  'assessment.compute': { input: (w) => ({ planId: w.record }), refusals: DRAFT },
  'assessment.submitForReview': { input: (w) => ({ planId: w.record }), refusals: DRAFT },
  'assessment.returnToScoring': { input: (w) => ({ planId: w.record, reason: '样例' }), refusals: DRAFT },
  'assessment.approve': { input: (w) => ({ planId: w.record }), refusals: DRAFT },
  'assessment.publish': { input: (w) => ({ planId: w.record }), refusals: DRAFT },
  'assessment.correct': { input: (w) => ({ planId: w.record, reason: '样例' }), refusals: DRAFT },
  'assessment.getSelfCheck': (w) => ({ assessmentUnitId: w.record }),
  'assessment.saveSelfCheck': { input: (w) => ({ assessmentUnitId: w.record, items: [{ indicatorKey: 'targets' }] }), refusals: DRAFT },
  'assessment.uploadEvidence': { input: (w) => ({ assessmentUnitId: w.record, indicatorKey: 'targets', file: { fileName: '佐证.pdf', contentType: 'application/pdf', base64: 'JVBERi0xLjQK' } }), refusals: DRAFT },
  'assessment.removeEvidence': { input: (w) => ({ assessmentUnitId: w.record, evidenceId: w.unique() }), refusals: DRAFT },
  'assessment.submitSelfCheck': { input: (w) => ({ assessmentUnitId: w.record }), refusals: DRAFT },
  'assessment.evidenceFile': { input: (w) => ({ assessmentUnitId: w.record, evidenceId: w.unique() }), refusals: { 'errors.notFound': 'the seeded unit has no evidence; the lookup is scoped to it' } },
  'assessment.scoringSheet': (w) => ({ planId: w.record }),
  'assessment.saveScores': { input: (w) => ({ planId: w.record, scores: [{ orgUnitId: w.unit.id, indicatorKey: 'targets', score: 80 }] }), refusals: DRAFT },
  'assessment.recordEntry': { input: (w) => ({ planId: w.record, orgUnitId: w.unit.id, indicatorKey: 'targets', kind: 'deduction', count: 1, note: '样例' }), refusals: DRAFT },
  'assessment.uploadEntryEvidence': { input: (w) => ({ planId: w.record, entryId: w.unique(), file: { fileName: '佐证.pdf', contentType: 'application/pdf', base64: 'JVBERi0xLjQK' } }), refusals: DRAFT },
  'assessment.removeEntry': { input: (w) => ({ planId: w.record, entryId: w.unique() }), refusals: DRAFT },
  'assessment.vetoes': (w) => ({ planId: w.record }),
  'assessment.recordVeto': { input: (w) => ({ planId: w.record, orgUnitId: w.unit.id, ruleKey: 'major', reason: '样例' }), refusals: DRAFT },
  'assessment.removeVeto': { input: (w) => ({ planId: w.record, vetoId: w.unique(), reason: '样例' }), refusals: DRAFT },
  'assessment.recordProblem': { input: (w) => ({ planId: w.record, orgUnitId: w.unit.id, description: '样例问题' }), refusals: DRAFT },
  'assessment.results': (w) => ({ planId: w.record }),
  'assessment.explain': (w) => ({ assessmentUnitId: w.record }),
  'assessment.problems': (w) => ({ planId: w.record }),
  'assessment.bulletinPdf': { input: (w) => ({ planId: w.record }), refusals: DRAFT },
  'assessment.bulletinExcel': { input: (w) => ({ planId: w.record }), refusals: DRAFT },
  'assessment.createRectification': (w) => ({ problemId: w.record, deadline: new Date(w.now.getTime() + 7 * 86_400_000).toISOString() }),
});
