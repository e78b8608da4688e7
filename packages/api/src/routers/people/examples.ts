// Valid example inputs for this folder's procedures, for the access matrix (authz/examples.ts):
// each takes the seeded world's ids and must pass the procedure's input schema.
import { defineExamples } from '../../authz/examples.ts';

export const examples = defineExamples({
  'person.list': (w) => ({ orgUnitId: w.record }),
  'person.create': (w) => ({ name: `样例${w.unique()}`, orgUnitId: w.record }),
  'person.update': (w) => ({ personId: w.record }),
  'person.archive': (w) => ({ personId: w.record }),
});
