// Valid example inputs for this folder's procedures, for the access matrix (authz/examples.ts):
// each takes the seeded world's ids and must pass the procedure's input schema.
import { defineExamples } from '@duban/plugin-sdk/server';

export const examples = defineExamples({
  'flood-control.reservoir.list': (w) => ({ orgUnitId: w.record, filters: { kind: 'reservoir' } }),
  'flood-control.reservoir.create': { input: (w) => ({ name: `样例水库${w.unique()}`, kind: 'reservoir', capacity: 10, orgUnitId: w.record }), refusals: { 库塘应登记在乡镇或村: 'aimed at a county or department unit' } },
  'flood-control.reservoir.update': (w) => ({ reservoirId: w.record, capacity: 12 }),
  'flood-control.reservoir.recordCheck': (w) => ({ reservoirId: w.record, answers: { spillway: true, gates: true, power: true, warning: true, road: true, materials: false }, note: '汛前检查' }),
  'flood-control.reservoir.get': (w) => ({ reservoirId: w.record }),
  'flood-control.reservoir.template': (w) => ({ orgUnitId: w.record }),
  // An empty workbook: the register tests feed real ones.
  'flood-control.reservoir.import': (w) => ({ orgUnitId: w.record, fileBase64: 'UEsDBA==', dryRun: true }),
  'flood-control.reservoir.export': (w) => ({ orgUnitId: w.record, filters: { dangerous: false } }),
});
