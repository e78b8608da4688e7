// Valid example inputs for this folder's procedures, for the access matrix (authz/examples.ts):
// each takes the seeded world's ids and must pass the procedure's input schema.
import { defineExamples } from '../../authz/examples.ts';

export const examples = defineExamples({
  'keyWork.create': (w) => ({ title: `样例${w.unique()}`, year: 2000, leadUnitId: w.record, deadline: w.now.toISOString() }),
  'keyWork.decompose': (w) => ({ keyWorkId: w.record, parts: [{ leadUnitId: w.unit.id, targets: [] }] }),
  'keyWork.report': (w) => ({ keyWorkId: w.record, note: '样例' }),
  'keyWork.list': () => ({}),
  'keyWork.import': () => ({ fileBase64: 'UEsDBA==', dryRun: false }),
  'keyWork.importTemplate': () => undefined,
  'keyWork.export': () => ({}),
  'keyWork.get': (w) => ({ keyWorkId: w.record }),
});
