// Valid example inputs for this folder's procedures, for the access matrix (authz/examples.ts):
// each takes the seeded world's ids and must pass the procedure's input schema.
import { defineExamples } from '../../authz/examples.ts';

export const examples = defineExamples({
  'audit.list': () => ({}),
  'audit.verify': () => ({}),
});
