// Valid example inputs for this folder's procedures, for the access matrix (authz/examples.ts):
// each takes the seeded world's ids and must pass the procedure's input schema.
import { defineExamples } from '../../authz/examples.ts';

export const examples = defineExamples({
  'reading.createStation': (w) => ({ orgUnitId: w.record, name: '样例雨量站', kind: 'rain', unit: 'mm', threshold: 50 }),
  'reading.updateStation': (w) => ({ stationId: w.record, threshold: 80, alertAction: 'warning', alertLevel: 'orange', seasonStart: '06-01', seasonEnd: '09-30' }),
  'reading.issueKey': (w) => ({ stationId: w.record }),
  'reading.listStations': () => undefined,
  'reading.series': (w) => ({ stationId: w.record, year: 2026 }),
  'reading.enter': (w) => ({ stationId: w.record, measuredAt: w.now.toISOString(), value: 12.5 }),
  'reading.importCsv': (w) => ({ stationId: w.record, csv: `时间,数值\n${w.now.toISOString()},3.5\n` }),
});
