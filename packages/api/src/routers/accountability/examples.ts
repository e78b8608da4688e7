// Valid example inputs for this folder's procedures, for the access matrix (authz/examples.ts).
import { defineExamples, type ExampleWorld } from '../../authz/examples.ts';

const day = (w: ExampleWorld, days: number) => new Date(w.now.getTime() + days * 86_400_000).toISOString();

export const examples = defineExamples({
  'letter.create': (w) => ({
    title: `样例责任状${w.unique()}`, kind: 'responsibility', issuingUnitId: w.record, responsibleUnitId: w.unit.id,
    periodStart: day(w, -30), periodEnd: day(w, 300),
    signatories: [{ side: 'issuer', name: '张县长' }, { side: 'signer', name: '李镇长' }],
    targets: [{ metric: 'COD 削减量', unit: '吨', targetValue: 25 }],
  }),
  'letter.list': () => ({}),
  'letter.get': (w) => ({ letterId: w.record }),
  'letter.reportTarget': (w) => ({ targetId: w.record, actualValue: 12 }),
  'accountability.record': (w) => ({
    decidingUnitId: w.record, orgUnitId: w.unit.id, personName: '王某', form: 'admonition', reason: '整改不力', decidedAt: day(w, -1), taskId: w.at('task'),
  }),
  'accountability.list': () => ({}),
});
