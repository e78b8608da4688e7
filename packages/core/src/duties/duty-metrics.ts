// 报送完整率 / 报送及时率 as assessment metrics (C10): one member per duty of the county, per unit
// (its reporting units at or below it) and period (the duty's periods that start in it, once due).
import type { Prisma } from '@duban/db';
import type { MetricFamily } from '../metrics/metric-family.ts';
import { dutyRates } from './rates.ts';
import type { ReportingRates } from './status.ts';

type Tx = Prisma.TransactionClient;

function dutyFamily(key: 'completeness' | 'timeliness', name: { zh: string; en: string }): MetricFamily {
  return {
    key: `core.duty.${key}`,
    name,
    unit: '%',
    accepts: (param) => param.length > 0 && param.length <= 64,
    async members(db: Tx, countyId: string) {
      const duties = await db.reportingDuty.findMany({ where: { countyId, archivedAt: null }, select: { id: true, name: true }, orderBy: { name: 'asc' } });
      return duties.map((d) => ({ param: d.id, name: { zh: `「${d.name}」${name.zh}`, en: `${d.name}: ${name.en}` } }));
    },
    async compute(db, { countyId, orgUnitIds, period, param }) {
      const rates = await dutyRates(db, countyId, param, orgUnitIds, period, new Date());
      // Nothing owed in the period: no value, and the plan's "no data" rule decides.
      return new Map([...rates].flatMap(([unit, r]: [string, ReportingRates]) => (r[key] === null ? [] : [[unit, r[key]!] as const])));
    },
  };
}

export const dutyMetricFamilies: MetricFamily[] = [
  dutyFamily('completeness', { zh: '报表报送完整率', en: 'Reporting completeness' }),
  dutyFamily('timeliness', { zh: '报表按时报送率', en: 'Reporting timeliness' }),
];
