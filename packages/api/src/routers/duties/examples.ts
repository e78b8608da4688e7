// Valid example inputs for this folder's procedures, for the access matrix (authz/examples.ts):
// each takes the seeded world's ids and must pass the procedure's input schema.
import { defineExamples } from '../../authz/examples.ts';

export const sampleDutyForm = {
  key: 'flood-daily', name: { zh: '汛情日报', en: 'Daily flood report' },
  items: [
    { key: 'rain', label: { zh: '24 小时降雨量', en: 'Rain in 24 h' }, type: 'number' as const, unit: 'mm', required: true },
    { key: 'note', label: { zh: '汛情简述', en: 'Summary' }, type: 'text' as const },
  ],
};

export const examples = defineExamples({
  'duty.create': (w) => ({ name: '汛情日报', ownerUnitId: w.record, unitIds: [w.record], frequency: 'daily', seasonStart: '01-01', seasonEnd: '12-31', graceHours: 2, form: sampleDutyForm }),
  'duty.archive': (w) => ({ dutyId: w.record }),
  'duty.list': () => undefined,
  'duty.get': (w) => ({ dutyId: w.record }),
  'duty.calendar': (w) => ({ dutyId: w.record, month: new Date(w.now.getTime() + 8 * 3_600_000).toISOString().slice(0, 7) }),
  'duty.report': (w) => ({ reportId: w.record }),
  'duty.mine': () => undefined,
  'duty.submit': {
    // The duty seeded at the unit is owed by the unit itself, daily all year, with this form.
    input: (w) => ({ dutyId: w.at('reportingDuty'), orgUnitId: w.record, periodKey: new Date(w.now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10), answers: { rain: 12.5 } }),
    refusals: { 'errors.duty.alreadyReported': 'the matrix calls it as several roles at one unit: the first report of the day stands' },
  },
});
