// Valid example inputs for this folder's procedures, for the access matrix (authz/examples.ts).
import { defineExamples } from '../../authz/examples.ts';

export const examples = defineExamples({
  'unitAttribute.kinds': () => undefined,
  'unitAttribute.list': (w) => ({ unitId: w.record, year: 2026 }),
  'unitAttribute.set': (w) => ({ unitId: w.record, year: 2026, values: [{ kind: 'households', value: 320 }, { kind: 'areaKm2', value: 12.5 }] }),
  'unitAttribute.import': () => ({ fileBase64: 'UEsDBA==', dryRun: false }),
  'unitAttribute.importTemplate': () => undefined,
});
