import type { MetricSource } from '../metrics/metric-source.ts';
import { complaintRates, type ComplaintRates } from './rates.ts';

/** Complaint figures as indicator metrics (per unit, counting its subtree, complaints received in the period). */
const fromRates = (key: string, zh: string, en: string, unit: string, pick: (r: ComplaintRates) => number | null): MetricSource => ({
  key: `core.complaint.${key}`,
  name: { zh, en },
  unit,
  async compute(db, { countyId, orgUnitIds, period }) {
    const rates = await complaintRates(db, countyId, orgUnitIds, period);
    return new Map([...rates].flatMap(([id, r]) => {
      const v = pick(r);
      return v === null ? [] : [[id, v] as const];
    }));
  },
});

export const complaintMetricSources: MetricSource[] = [
  fromRates('received', '投诉受理数', 'Complaints received', '件', (r) => r.received),
  fromRates('handlingRate', '投诉处理率', 'Complaint handling rate', '%', (r) => r.handlingRate),
  fromRates('closureRate', '投诉结案率', 'Complaint closure rate', '%', (r) => r.closureRate),
  fromRates('onTimeRate', '投诉按期办结率', 'Complaints closed on time', '%', (r) => r.onTimeRate),
  fromRates('repeatRate', '重复投诉率', 'Repeat complaint rate', '%', (r) => r.repeatRate),
  fromRates('signOnTimeRate', '投诉签收及时率', 'Complaints signed for on time', '%', (r) => r.signOnTimeRate),
  fromRates('reopenRate', '投诉不满意重办率', 'Complaints re-handled after a dissatisfied call-back', '%', (r) => r.reopenRate),
  fromRates('satisfactionRate', '投诉回访满意率', 'Complainant satisfaction', '%', (r) => r.satisfactionRate),
];
