import { Prisma } from '@duban/db';
import type { MetricSource } from '@duban/plugin-sdk/server';

/**
 * The total `value` of a unit's records (itself and below) that existed by the end of the
 * period — a metric the scoring engine's formulas can use. One grouped query for all units.
 */
export const valueTotal: MetricSource = {
  key: 'food-safety.value-total',
  name: { zh: '食品安全数值合计', en: 'Food safety: total value' },
  unit: '',
  async compute(db, { countyId, orgUnitIds, period }) {
    if (orgUnitIds.length === 0) return new Map();
    const rows = await db.$queryRaw<{ unit_id: string; total: Prisma.Decimal | null }[]>`
      SELECT u.id AS unit_id, sum(r.value) AS total
        FROM org_unit u
        JOIN org_unit d ON d.county_id = u.county_id AND left(d.path, length(u.path)) = u.path
        LEFT JOIN food_safety_record r ON r.county_id = d.county_id AND r.org_unit_id = d.id
             AND r.created_at < ${period.end} AND (r.archived_at IS NULL OR r.archived_at >= ${period.end})
       WHERE u.county_id = ${countyId} AND u.id IN (${Prisma.join(orgUnitIds)})
       GROUP BY u.id`;
    return new Map(rows.map((r) => [r.unit_id, r.total === null ? 0 : Number(r.total)]));
  },
};
