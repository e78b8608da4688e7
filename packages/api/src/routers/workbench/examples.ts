// Valid example inputs for this folder's procedures, for the access matrix (authz/examples.ts):
// each takes the seeded world's ids and must pass the procedure's input schema.
import { defineExamples } from '../../authz/examples.ts';

export const examples = defineExamples({
  'workbench.responsible': () => undefined,
  'workbench.office': () => undefined,
  'workbench.assessor': () => undefined,
  'workbench.county': () => undefined,
  'workbench.warnings': () => undefined,
  'workbench.mine': () => undefined,
});
