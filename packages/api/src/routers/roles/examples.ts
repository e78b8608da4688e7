// Valid example inputs for this folder's procedures, for the access matrix (authz/examples.ts):
// each takes the seeded world's ids and must pass the procedure's input schema.
import { defineExamples } from '../../authz/examples.ts';

export const examples = defineExamples({
  'role.list': () => ({}),
  'role.permissions': () => ({}),
  'role.create': (w) => ({ name: `样例${w.unique()}`, nameEn: `样例${w.unique()}`, permissions: [] }),
  'role.update': (w) => ({ name: `样例${w.unique()}`, nameEn: `样例${w.unique()}`, permissions: [], roleId: w.record }),
});
