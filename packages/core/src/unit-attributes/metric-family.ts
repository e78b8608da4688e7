// Unit attributes as metrics (issue 14 item 3): `core.unitAttribute:<kind>` is the kind's value per
// unit in the year the period starts in (county time), rolled up from the units below when the unit
// has none. Assessments score with it, the map colours by it, and a formula can weight by it
// (e.g. complaints per 1,000 residents).
import type { MetricFamily } from '../metrics/metric-family.ts';
import { unitAttributeKind, unitAttributeKinds } from './kinds.ts';
import { rolledUpAttribute } from './store.ts';

/** The calendar year in China (UTC+8) that an instant falls in. */
const yearOf = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).getUTCFullYear();

export const unitAttributeFamily: MetricFamily = {
  key: 'core.unitAttribute',
  name: { zh: '单位属性', en: 'Unit attribute' },
  unit: '',
  accepts: (param) => unitAttributeKind(param) !== undefined,
  members: async () => unitAttributeKinds.map((k) => ({ param: k.key, name: { zh: `${k.name.zh}(${k.unit.zh})`, en: `${k.name.en} (${k.unit.en})` } })),
  compute: (db, { countyId, orgUnitIds, period, param }) => rolledUpAttribute(db, countyId, param, yearOf(period.start), orgUnitIds),
};
