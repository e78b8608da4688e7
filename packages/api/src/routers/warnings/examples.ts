// Valid example inputs for this folder's procedures, for the access matrix (authz/examples.ts):
// each takes the seeded world's ids and must pass the procedure's input schema.
import { defineExamples } from '../../authz/examples.ts';

export const examples = defineExamples({
  'warning.issue': {
    input: (w) => ({
      issuingUnitId: w.record, level: 'yellow', title: '样例预警', text: '样例预警内容', areaUnitIds: [w.record],
      validUntil: new Date(w.now.getTime() + 86_400_000).toISOString(),
    }),
    refusals: { 'errors.warning.noRecipients': 'a unit with no township, village or group below it (a group, a department) has no one to cascade to' },
  },
  'warning.cancel': (w) => ({ warningId: w.record }),
  'warning.list': () => ({}),
  'warning.board': (w) => ({ warningId: w.record }),
  'warning.mine': () => undefined,
  'warning.acknowledge': (w) => ({ recipientId: w.record }),
  'warning.report': (w) => ({ recipientId: w.record, kind: 'waterLevel', text: '水位上涨', value: 12.5 }),
});
