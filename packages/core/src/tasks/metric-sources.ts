import type { MetricSource } from '../metrics/metric-source.ts';
import { taskRates, type TaskRates } from './rates.ts';

/** Supervision figures as indicator metrics (per unit, counting its subtree, items handed over in the period). */
const fromRates = (key: string, zh: string, en: string, unit: string, pick: (r: TaskRates) => number | null): MetricSource => ({
  key: `core.task.${key}`,
  name: { zh, en },
  unit,
  async compute(db, { countyId, orgUnitIds, period }) {
    const rates = await taskRates(db, countyId, orgUnitIds, period, period.end);
    return new Map([...rates].flatMap(([id, r]) => {
      const v = pick(r);
      return v === null ? [] : [[id, v] as const];
    }));
  },
});

export const taskMetricSources: MetricSource[] = [
  fromRates('completionRate', '办结率', 'Completion rate', '%', (r) => r.completionRate),
  fromRates('onTimeRate', '按期办结率', 'On-time completion rate', '%', (r) => r.onTimeRate),
  fromRates('overdue', '逾期未办结数', 'Overdue items', '件', (r) => r.overdue),
  fromRates('meetingRate', '见面率', 'Meeting rate', '%', (r) => r.meetingRate),
  fromRates('satisfactionRate', '满意率', 'Satisfaction rate', '%', (r) => r.satisfactionRate),
];
