// Valid example inputs for this folder's procedures, for the access matrix (authz/examples.ts):
// each takes the seeded world's ids and must pass the procedure's input schema.
import { defineExamples } from '../../authz/examples.ts';

export const examples = defineExamples({
  'district.list': () => ({}),
  'district.create': (w) => ({ name: `样例${w.unique()}` }),
  'district.update': (w) => ({ name: `样例${w.unique()}`, districtId: w.record }),
});
