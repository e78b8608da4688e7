// Valid example inputs for this folder's procedures, for the access matrix (authz/examples.ts):
// each takes the seeded world's ids and must pass the procedure's input schema.
import { defineExamples } from '../../authz/examples.ts';

/** The group-membership policy (authz/policies.ts): the world's callers are in no seeded group. */
const SUBMIT_REFUSALS: Record<string, string> = { 'surveys.errors.notMember': 'only the group members survey households' };

/** A small real PNG (a scribble), as the phone's signature pad sends. */
const SIGNATURE = 'iVBORw0KGgoAAAANSUhEUgAAABgAAAAMCAAAAABdWyKpAAAAN0lEQVR4nHXNQQoAMAgDwf3/py1YRFNTLwYmKIQfAk+kebjooHRD8wvTFbQgic9elXFWO+5fxgP7pQgH1rLL3AAAAABJRU5ErkJggg==';

export const examples = defineExamples({
  'survey.fillContext': () => undefined,
  'survey.submit': { input: (w) => ({ idempotencyKey: crypto.randomUUID(), formVersionId: w.inCounty('surveyFormVersion'), groupId: w.inCounty('inspectionGroup'), villageId: w.village.id, address: '一组 1 号', respondentName: '样例', phone: '13800138000', signaturePngBase64: SIGNATURE, answers: { aware: true }, capturedAt: w.now.toISOString() }), refusals: SUBMIT_REFUSALS },
  'survey.list': () => ({ year: 2000 }),
  'survey.get': (w) => ({ surveyId: w.record }),
  'survey.signature': { input: (w) => ({ surveyId: w.record }), refusals: { NOT_FOUND: 'fixtures store no signature image; the lookup is scoped to the survey' } },
  'survey.revealPhone': { input: (w) => ({ surveyId: w.record }), refusals: { 'errors.survey.phoneUnreadable': 'fixtures store no real cipher text' } },
  'survey.export': () => ({ year: 2000 }),
  'survey.settings': () => undefined,
  'survey.setSettings': () => ({ villageShareNum: 1, villageShareDen: 1, monthlyQuota: 1, callbackPercent: 1, clusterRadiusMeters: 1, clusterMinSurveys: 2, maxSpeedKmh: 1, minGapMinutes: 1, phoneRepeatMin: 2 }),
  'survey.quotas': () => ({ year: 2000 }),
  'survey.flags': () => ({ year: 2000 }),
  'survey.form.list': () => undefined,
  'survey.form.create': (w) => ({ title: `样例调查表${w.unique()}`, topic: '样例', questions: [{ key: 'aware', label: '是否知晓', type: 'yes_no' }], ownerUnitId: w.record }),
  'survey.form.update': (w) => ({ title: `样例调查表${w.unique()}`, topic: '样例', questions: [{ key: 'aware', label: '是否知晓', type: 'yes_no' }], formId: w.record }),
  'survey.form.setArchived': (w) => ({ formId: w.record, archived: false }),
  'survey.callback.draws': () => undefined,
  'survey.callback.list': () => ({}),
  'survey.callback.draw': (w) => ({ orgUnitId: w.record, from: new Date(w.now.getTime() - 30 * 86_400_000).toISOString(), to: w.now.toISOString(), sharePercent: 10 }),
  'survey.callback.record': (w) => ({ callbackId: w.record, outcome: "reached_confirmed" }),
});
